package io.webexkit.client.model;

import java.util.function.Consumer;

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

	/** Immutable: every method returns a new builder and rejects a bad value at once. */
	public static final class Builder implements Cloneable {

		private @Nullable RoomType type;

		private @Nullable RoomSort sortBy;

		private @Nullable String teamId;

		private @Nullable Integer max;

		private Builder() {
		}

		/** {@code null} lists both kinds. */
		public Builder type(@Nullable RoomType type) {
			return with((b) -> b.type = type);
		}

		/** {@code null} keeps the Webex default order. */
		public Builder sortBy(@Nullable RoomSort sortBy) {
			return with((b) -> b.sortBy = sortBy);
		}

		public Builder teamId(String teamId) {
			if (teamId == null || teamId.isBlank()) {
				throw new IllegalArgumentException("teamId must not be blank");
			}
			return with((b) -> b.teamId = teamId);
		}

		public Builder max(int max) {
			if (max < 1 || max > 1000) {
				throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
			}
			return with((b) -> b.max = max);
		}

		public RoomQuery build() {
			return new RoomQuery(this.type, this.sortBy, this.teamId, this.max);
		}

		private Builder with(Consumer<Builder> change) {
			try {
				Builder copy = (Builder) clone();
				change.accept(copy);
				return copy;
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
