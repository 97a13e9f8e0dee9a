package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Which messages of a space to list, newest first; {@code max} is the page size (1..1000). */
public record MessageQuery(String roomId, @Nullable Integer max, @Nullable Instant before,
		@Nullable String beforeMessage) {

	public MessageQuery {
		if (roomId == null || roomId.isBlank()) {
			throw new IllegalArgumentException("roomId must not be blank");
		}
		if (max != null && (max < 1 || max > 1000)) {
			throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
		}
		if (beforeMessage != null && beforeMessage.isBlank()) {
			throw new IllegalArgumentException("beforeMessage must not be blank when given");
		}
	}

	/** The newest messages of a space, in pages of the Webex default size. */
	public static MessageQuery of(String roomId) {
		return new MessageQuery(roomId, null, null, null);
	}

}
