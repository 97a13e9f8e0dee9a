package io.webexkit.client;

import io.webexkit.client.model.WebhookEvent;

/**
 * Reads webhook deliveries, the bodies Webex POSTs to a webhook's target URL; needs no client, no token and no Spring.
 * Check the signature first ({@link WebhookSignature#matches}) against the raw bytes, then parse those same bytes.
 * Unknown fields are ignored and unknown {@code resource}/{@code event} values are kept as they are, like every read
 * of this client.
 */
public final class WebhookEvents {

	private WebhookEvents() {
	}

	/**
	 * The delivery in {@code body}, its raw request body.
	 *
	 * @throws WebexException when the body is not a JSON object of the expected shape; the message names the problem
	 * but never quotes the body
	 */
	public static WebhookEvent parse(byte[] body) {
		Checks.notNull(body, "body");
		return Json.readObject(body, WebhookEvent.class, "webhook delivery");
	}

}
