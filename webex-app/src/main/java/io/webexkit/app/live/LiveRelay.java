package io.webexkit.app.live;

import java.util.function.Consumer;

/** Carries {@link LiveNotice}s from the instance that received a webhook to all the others. */
public interface LiveRelay {

	/** This instance's name in {@link LiveNotice#origin()}. */
	String instance();

	/** Sends a notice to the other instances; never throws (a lost notice costs a live update, nothing else). */
	void publish(LiveNotice notice);

	/** Where notices from the other instances go; called once, before any notice arrives. */
	void onNotice(Consumer<LiveNotice> listener);

}
