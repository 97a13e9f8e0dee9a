package io.webexkit.spring;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A webhook this app registered at Webex for a person.
 *
 * @param key the random value in the webhook's target URL that names this registration when a delivery arrives
 * @param registrationId the Spring Security client registration the person's grant belongs to
 * @param personId the Webex person whose grant created the webhook
 * @param webhookId Webex's id of the webhook; null only while it is being created
 * @param resource the webhook's resource ({@code messages}, {@code memberships}, ...)
 * @param event the webhook's event ({@code created}, {@code deleted}, ...)
 * @param filter the webhook's filter, if any
 * @param createdAt when it was registered
 */
public record WebhookRegistration(String key, String registrationId, String personId, @Nullable String webhookId,
		String resource, String event, @Nullable String filter, Instant createdAt) {

}
