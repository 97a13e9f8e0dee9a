package io.webexkit.app.spaces;

import io.webexkit.spring.WebexWebhooks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether space pages update live: only when webhooks are on ({@code WEBEX_WEBHOOKS_PUBLIC_URL} set), since a new
 * message reaches the app only as a webhook.
 */
@Component
class LiveUpdates {

	static final String OFF = "Live updates are off on this server (Webex has no address to send events to): reload "
			+ "the page to see new messages.";

	private final boolean on;

	LiveUpdates(ObjectProvider<WebexWebhooks> webhooks) {
		this.on = webhooks.getIfAvailable() != null;
	}

	boolean on() {
		return this.on;
	}

}
