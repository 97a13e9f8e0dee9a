package io.webexkit.spring;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A webhook every connected person has registered ({@code webex.webhooks.subscriptions}).
 *
 * @param resource the webhook's resource ({@code messages}, {@code memberships}, ...)
 * @param event the webhook's event ({@code created}, {@code deleted}, ...)
 * @param filter the webhook's filter, if any
 */
public record WebhookSubscription(String resource, String event, @Nullable String filter) {

	/**
	 * Reads {@code resource:event} or {@code resource:event:filter}.
	 *
	 * @throws IllegalArgumentException when {@code value} is neither, naming the property
	 */
	public static WebhookSubscription parse(String value) {
		String[] parts = value.trim().split(":", 3);
		if (parts.length < 2 || !parts[0].matches("[A-Za-z]+") || !parts[1].matches("[A-Za-z]+")
				|| (parts.length == 3 && parts[2].isBlank())) {
			throw new IllegalArgumentException("webex.webhooks.subscriptions (WEBEX_WEBHOOKS_SUBSCRIPTIONS) entries "
					+ "must be resource:event or resource:event:filter, for example messages:created, got '" + value
					+ "'");
		}
		return new WebhookSubscription(parts[0], parts[1], (parts.length == 3) ? parts[2] : null);
	}

	/** Whether {@code registration} is this subscription's webhook. */
	public boolean matches(WebhookRegistration registration) {
		return this.resource.equals(registration.resource()) && this.event.equals(registration.event())
				&& Objects.equals(this.filter, registration.filter());
	}

}
