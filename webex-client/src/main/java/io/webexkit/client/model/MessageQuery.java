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

	/** A query for the messages of the space {@code roomId}. */
	public static Builder builder(String roomId) {
		return new Builder(roomId);
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private final String roomId;

		private @Nullable Integer max;

		private @Nullable Instant before;

		private @Nullable String beforeMessage;

		private Builder(String roomId) {
			if (roomId == null || roomId.isBlank()) {
				throw new IllegalArgumentException("roomId must not be blank");
			}
			this.roomId = roomId;
		}

		/** The page size, 1..1000 (Webex's default is 50). */
		public Builder max(int max) {
			if (max < 1 || max > 1000) {
				throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
			}
			this.max = max;
			return this;
		}

		/** Only messages sent before this instant. */
		public Builder before(Instant before) {
			if (before == null) {
				throw new IllegalArgumentException("before must not be null");
			}
			this.before = before;
			return this;
		}

		/** Only messages sent before the message with this id. */
		public Builder beforeMessage(String messageId) {
			if (messageId == null || messageId.isBlank()) {
				throw new IllegalArgumentException("beforeMessage must not be blank");
			}
			this.beforeMessage = messageId;
			return this;
		}

		public MessageQuery build() {
			return new MessageQuery(this.roomId, this.max, this.before, this.beforeMessage);
		}

	}

}
