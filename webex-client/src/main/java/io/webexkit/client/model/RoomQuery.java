package io.webexkit.client.model;

import org.jspecify.annotations.Nullable;

/** Filters of a room listing; {@code max} is the page size (1..1000), not a total. */
public record RoomQuery(@Nullable RoomType type, @Nullable RoomSort sortBy, @Nullable String teamId,
		@Nullable Integer max) {

	public RoomQuery {
		if (max != null && (max < 1 || max > 1000)) {
			throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
		}
		if (teamId != null && teamId.isBlank()) {
			throw new IllegalArgumentException("teamId must not be blank when given");
		}
	}

	/** Every room, Webex defaults. */
	public static RoomQuery all() {
		return new RoomQuery(null, null, null, null);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private @Nullable RoomType type;

		private @Nullable RoomSort sortBy;

		private @Nullable String teamId;

		private @Nullable Integer max;

		private Builder() {
		}

		/** {@code null} lists both kinds. */
		public Builder type(@Nullable RoomType type) {
			this.type = type;
			return this;
		}

		/** {@code null} keeps the Webex default order. */
		public Builder sortBy(@Nullable RoomSort sortBy) {
			this.sortBy = sortBy;
			return this;
		}

		public Builder teamId(String teamId) {
			if (teamId == null || teamId.isBlank()) {
				throw new IllegalArgumentException("teamId must not be blank");
			}
			this.teamId = teamId;
			return this;
		}

		public Builder max(int max) {
			if (max < 1 || max > 1000) {
				throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
			}
			this.max = max;
			return this;
		}

		public RoomQuery build() {
			return new RoomQuery(this.type, this.sortBy, this.teamId, this.max);
		}

	}

}
