package io.webexkit.client.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A Webex user, bot or guest, as {@code /people} returns it. Presence ({@code status}, {@code lastActivity}) is only
 * there for people of the caller's organization; {@code roles}, {@code licenses}, {@code invitePending} and
 * {@code loginEnabled} only for admins. Lists are never null.
 *
 * @param type null for a kind of account this client does not know
 * @param status {@link Status#UNKNOWN} for a presence this client does not know, null when absent
 * @param invitePending whether the person was invited but has not signed up yet (admins only)
 * @param loginEnabled whether the person may sign in to Webex (admins only)
 */
public record Person(String id, List<String> emails, List<PhoneNumber> phoneNumbers, @Nullable String extension,
		@Nullable String locationId, @Nullable String displayName, @Nullable String nickName,
		@Nullable String firstName, @Nullable String lastName, @Nullable String avatar, @Nullable String orgId,
		List<String> roles, List<String> licenses, @Nullable String department, @Nullable String manager,
		@Nullable String managerId, @Nullable String title, List<Address> addresses, @Nullable Instant created,
		@Nullable Instant lastModified, @Nullable String timezone, @Nullable Instant lastActivity,
		List<String> siteUrls, List<SipAddress> sipAddresses, @Nullable String xmppFederationJid,
		@Nullable Status status, @Nullable Boolean invitePending, @Nullable Boolean loginEnabled,
		@Nullable Type type) {

	public Person {
		emails = Arguments.received(emails);
		phoneNumbers = Arguments.received(phoneNumbers);
		roles = Arguments.received(roles);
		licenses = Arguments.received(licenses);
		addresses = Arguments.received(addresses);
		siteUrls = Arguments.received(siteUrls);
		sipAddresses = Arguments.received(sipAddresses);
	}

	/** The kind of account. */
	public enum Type {

		PERSON("person"), BOT("bot"), APPUSER("appuser");

		private final String value;

		Type(String value) {
			this.value = value;
		}

		/** The value Webex uses on the wire. */
		@JsonValue
		public String value() {
			return this.value;
		}

		/** Null for a value this client does not know, so a new Webex kind never fails a read. */
		@JsonCreator
		static @Nullable Type fromValue(@Nullable String value) {
			for (Type type : values()) {
				if (type.value.equalsIgnoreCase(value)) {
					return type;
				}
			}
			return null;
		}

	}

	/** Presence, as Webex reports it. */
	public enum Status {

		ACTIVE("active"), CALL("call"), DO_NOT_DISTURB("DoNotDisturb"), INACTIVE("inactive"), MEETING("meeting"),
		OUT_OF_OFFICE("OutOfOffice"), PENDING("pending"), PRESENTING("presenting"), UNKNOWN("unknown");

		private final String value;

		Status(String value) {
			this.value = value;
		}

		/** The value Webex uses on the wire. */
		@JsonValue
		public String value() {
			return this.value;
		}

		/** {@link #UNKNOWN} for a presence this client does not know: to it, the status cannot be determined. */
		@JsonCreator
		static @Nullable Status fromValue(@Nullable String value) {
			if (value == null) {
				return null;
			}
			for (Status status : values()) {
				if (status.value.equalsIgnoreCase(value)) {
					return status;
				}
			}
			return UNKNOWN;
		}

	}

	/**
	 * A phone number.
	 *
	 * @param type null for a kind this client does not know
	 */
	public record PhoneNumber(@Nullable Type type, @Nullable String value, boolean primary) {

		/** The kind of number. */
		public enum Type {

			WORK("work"), WORK_EXTENSION("work_extension"), MOBILE("mobile"), FAX("fax");

			private final String value;

			Type(String value) {
				this.value = value;
			}

			/** The value Webex uses on the wire. */
			@JsonValue
			public String value() {
				return this.value;
			}

			/** Null for a value this client does not know. */
			@JsonCreator
			static @Nullable Type fromValue(@Nullable String value) {
				for (Type type : values()) {
					if (type.value.equalsIgnoreCase(value)) {
						return type;
					}
				}
				return null;
			}

		}

	}

	/**
	 * A SIP address; read-only.
	 *
	 * @param type null for a kind this client does not know
	 */
	public record SipAddress(@Nullable Type type, @Nullable String value, boolean primary) {

		/** The kind of SIP address. */
		public enum Type {

			PERSONAL_ROOM("personal-room"), ENTERPRISE("enterprise"), CLOUD_CALLING("cloud-calling");

			private final String value;

			Type(String value) {
				this.value = value;
			}

			/** The value Webex uses on the wire. */
			@JsonValue
			public String value() {
				return this.value;
			}

			/** Null for a value this client does not know. */
			@JsonCreator
			static @Nullable Type fromValue(@Nullable String value) {
				for (Type type : values()) {
					if (type.value.equalsIgnoreCase(value)) {
						return type;
					}
				}
				return null;
			}

		}

	}

	/**
	 * A postal address.
	 *
	 * @param type such as {@code work}; Webex fixes no values
	 * @param locality often the city
	 * @param region often the state
	 */
	public record Address(@Nullable String type, @Nullable String country, @Nullable String locality,
			@Nullable String region, @Nullable String streetAddress, @Nullable String postalCode) {

	}

}
