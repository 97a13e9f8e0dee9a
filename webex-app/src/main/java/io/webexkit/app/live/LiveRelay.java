package io.webexkit.app.live;

import java.util.function.Consumer;

/** Carries {@link LiveNotice}s from the instance that learned something to all the others. */
public interface LiveRelay {

	/**
	 * Sends a notice to the other instances; never throws (a lost notice costs a live update, or leaves a stream
	 * whose access ended open until its next heartbeat).
	 */
	void publish(LiveNotice notice);

	/** Adds where notices from the other instances go; each listener gets every notice, before any arrives. */
	void onNotice(Consumer<LiveNotice> listener);

}
