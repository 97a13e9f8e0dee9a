package io.webexkit.client.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Whether Webex delivers a webhook's events. Webex sets a webhook {@code inactive} after repeated failed deliveries;
 * an update with {@link #ACTIVE} turns it back on.
 */
public enum WebhookStatus {

	ACTIVE, INACTIVE;

	/** The value Webex uses on the wire. */
	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Null for a value this client does not know, so a new Webex status never fails a read. */
	@JsonCreator
	static @Nullable WebhookStatus fromValue(@Nullable String value) {
		for (WebhookStatus status : values()) {
			if (status.value().equalsIgnoreCase(value)) {
				return status;
			}
		}
		return null;
	}

}
