package io.webexkit.client.model;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which people to list. Webex needs {@code email} or {@code displayName} (a name prefix) from everyone but admins,
 * who may list the whole organization ({@link #all()}), or a location, role or partner organization. {@code ids}
 * lists up to 85 people by id, without presence. {@code max} is the page size (1..1000; Webex answers at most 100 with
 * {@code callingData} and 50 with {@code locationId}).
 *
 * @param ids empty for no id filter
 * @param roles role ids; empty for no role filter
 * @param callingData include Webex Calling details (admins)
 * @param excludeStatus leave presence out, which Webex answers faster
 */
public record PersonQuery(@Nullable String email, @Nullable String displayName, List<String> ids,
		@Nullable String orgId, List<String> roles, @Nullable String locationId, boolean callingData,
		boolean excludeStatus, @Nullable Integer max) {

	/** Webex's limit for one {@code id} filter. */
	public static final int MAX_IDS = 85;

	public PersonQuery {
		Arguments.optionalText(email, "email");
		Arguments.optionalText(displayName, "displayName");
		ids = Arguments.texts(ids, "ids");
		Arguments.optionalText(orgId, "orgId");
		roles = Arguments.texts(roles, "roles");
		Arguments.optionalText(locationId, "locationId");
		Arguments.optionalMax(max);
		if (ids.size() > MAX_IDS) {
			throw new IllegalArgumentException("At most " + MAX_IDS + " ids per listing, was " + ids.size());
		}
	}

	/** Everyone in the caller's organization (admins only). */
	public static PersonQuery all() {
		return builder().build();
	}

	/** The person with this e-mail address, if the caller may see them. */
	public static PersonQuery email(String email) {
		return builder().email(email).build();
	}

	/** People whose name starts with {@code prefix}. */
	public static PersonQuery displayName(String prefix) {
		return builder().displayName(prefix).build();
	}

	/** These people (up to 85), without presence. */
	public static PersonQuery ids(List<String> ids) {
		return builder().ids(ids).build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private @Nullable String email;

		private @Nullable String displayName;

		private List<String> ids = List.of();

		private @Nullable String orgId;

		private List<String> roles = List.of();

		private @Nullable String locationId;

		private boolean callingData;

		private boolean excludeStatus;

		private @Nullable Integer max;

		private Builder() {
		}

		public Builder email(String email) {
			this.email = Arguments.text(email, "email");
			return this;
		}

		/** A prefix of the name. */
		public Builder displayName(String displayName) {
			this.displayName = Arguments.text(displayName, "displayName");
			return this;
		}

		/** Up to {@value PersonQuery#MAX_IDS} person ids. */
		public Builder ids(List<String> ids) {
			List<String> checked = Arguments.texts(ids, "ids");
			if (checked.size() > MAX_IDS) {
				throw new IllegalArgumentException("At most " + MAX_IDS + " ids per listing, was " + checked.size());
			}
			this.ids = checked;
			return this;
		}

		/** Another organization's people (partner admins). */
		public Builder orgId(String orgId) {
			this.orgId = Arguments.text(orgId, "orgId");
			return this;
		}

		/** People with these admin roles (admins of the same organization). */
		public Builder roles(List<String> roleIds) {
			this.roles = Arguments.texts(roleIds, "roles");
			return this;
		}

		public Builder locationId(String locationId) {
			this.locationId = Arguments.text(locationId, "locationId");
			return this;
		}

		/** Include Webex Calling details (admins). */
		public Builder callingData() {
			this.callingData = true;
			return this;
		}

		/** Leave presence out, which Webex answers faster. */
		public Builder excludeStatus() {
			this.excludeStatus = true;
			return this;
		}

		public Builder max(int max) {
			this.max = Arguments.max(max);
			return this;
		}

		public PersonQuery build() {
			return new PersonQuery(this.email, this.displayName, this.ids, this.orgId, this.roles, this.locationId,
					this.callingData, this.excludeStatus, this.max);
		}

	}

}
