package io.webexkit.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Which memberships to list: the caller's own (no filter), a space's, or one person's in a space. Webex needs
 * {@code roomId} with {@code personId} or {@code personEmail}, except for compliance officers, who may look a person up
 * across the organization. {@code max} is the page size (1..1000).
 */
public record MembershipQuery(@Nullable String roomId, @Nullable String personId, @Nullable String personEmail,
		@Nullable Integer max) {

	public MembershipQuery {
		Arguments.optionalText(roomId, "roomId");
		Arguments.optionalText(personId, "personId");
		Arguments.optionalText(personEmail, "personEmail");
		Arguments.optionalMax(max);
		if (personId != null && personEmail != null) {
			throw new IllegalArgumentException("Give personId or personEmail, not both");
		}
	}

	/** The caller's own memberships: one per space they are in. */
	public static MembershipQuery mine() {
		return new MembershipQuery(null, null, null, null);
	}

	/** The members of a space. */
	public static MembershipQuery inRoom(String roomId) {
		return new MembershipQuery(Arguments.text(roomId, "roomId"), null, null, null);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private @Nullable String roomId;

		private @Nullable String personId;

		private @Nullable String personEmail;

		private @Nullable Integer max;

		private Builder() {
		}

		public Builder roomId(String roomId) {
			this.roomId = Arguments.text(roomId, "roomId");
			return this;
		}

		public Builder personId(String personId) {
			this.personId = Arguments.text(personId, "personId");
			return this;
		}

		public Builder personEmail(String personEmail) {
			this.personEmail = Arguments.text(personEmail, "personEmail");
			return this;
		}

		public Builder max(int max) {
			this.max = Arguments.max(max);
			return this;
		}

		/** @throws IllegalArgumentException when both personId and personEmail are set */
		public MembershipQuery build() {
			return new MembershipQuery(this.roomId, this.personId, this.personEmail, this.max);
		}

	}

}
