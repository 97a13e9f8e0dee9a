package io.webexkit.spring.webhooks;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.model.WebhookEvent;

/**
 * What makes a delivery "the same delivery again": the registration it arrived for, the envelope's {@code id} (the
 * webhook's), the {@code data.id} (the message, membership, ... it is about) and the {@code event}. A value Webex left
 * out counts as empty, so two deliveries missing the same value still match.
 *
 * @param registrationKey the registration's key, from the target URL
 * @param deliveryId the envelope's {@code id}
 * @param dataId the {@code data.id}
 * @param event the {@code event}
 */
record DeliveryKey(String registrationKey, String deliveryId, String dataId, String event) {

	static DeliveryKey of(String registrationKey, WebhookEvent delivery) {
		return new DeliveryKey(registrationKey, orEmpty(delivery.id()), orEmpty(delivery.data().id()),
				orEmpty(delivery.event()));
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
