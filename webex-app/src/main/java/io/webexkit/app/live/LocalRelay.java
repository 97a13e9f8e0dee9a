package io.webexkit.app.live;

import java.util.function.Consumer;

/** One instance: there is nobody to tell. */
final class LocalRelay implements LiveRelay {

	private final String instance;

	LocalRelay(String instance) {
		this.instance = instance;
	}

	@Override
	public String instance() {
		return this.instance;
	}

	@Override
	public void publish(LiveNotice notice) {
	}

	@Override
	public void onNotice(Consumer<LiveNotice> listener) {
	}

}
