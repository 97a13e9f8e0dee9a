package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Filters of a room listing; {@code max} is the page size (1..1000), not a total. {@code orgPublicSpaces} lists the
 * organization's public spaces, joined or not, by when they were made public ({@code from}, {@code to}); Webex takes
 * it with none of {@code type}, {@code sortBy} and {@code teamId}.
 */
public record RoomQuery(@Nullable RoomType type, @Nullable RoomSort sortBy, @Nullable String teamId,
		@Nullable Integer max, boolean orgPublicSpaces, @Nullable Instant from, @Nullable Instant to) {

	public RoomQuery {
		Arguments.optionalMax(max);
		Arguments.optionalText(teamId, "teamId");
		if (orgPublicSpaces && (type != null || sortBy != null || teamId != null)) {
			throw new IllegalArgumentException("orgPublicSpaces cannot be combined with type, sortBy or teamId");
		}
	}

	/** Every room, Webex defaults. */
	public static RoomQuery all() {
		return new RoomQuery(null, null, null, null, false, null, null);
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

		private boolean orgPublicSpaces;

		private @Nullable Instant from;

		private @Nullable Instant to;

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
			this.teamId = Arguments.text(teamId, "teamId");
			return this;
		}

		public Builder max(int max) {
			this.max = Arguments.max(max);
			return this;
		}

		/** The organization's public spaces, joined and not, ordered by when they were made public. */
		public Builder orgPublicSpaces() {
			this.orgPublicSpaces = true;
			return this;
		}

		/** Only spaces made public after this instant. */
		public Builder from(Instant from) {
			this.from = Arguments.notNull(from, "from");
			return this;
		}

		/** Only spaces made public before this instant. */
		public Builder to(Instant to) {
			this.to = Arguments.notNull(to, "to");
			return this;
		}

		/** @throws IllegalArgumentException when {@code orgPublicSpaces} is combined with another filter */
		public RoomQuery build() {
			return new RoomQuery(this.type, this.sortBy, this.teamId, this.max, this.orgPublicSpaces, this.from,
					this.to);
		}

	}

}
