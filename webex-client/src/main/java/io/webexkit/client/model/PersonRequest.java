package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A person for an admin to create, or a person's new details. Creating needs {@code emails} (Webex uses the first)
 * and a name; an update ({@code PUT}) replaces every detail, so it needs {@code displayName} and should start from
 * {@link #builder(Person)}, which copies what the person has. Only an update can set {@code loginEnabled}. Roles and
 * licences are ids, as listed by the client's {@code roles()} and {@code licenses()}. Empty lists and unset fields are
 * not sent.
 *
 * @param phoneNumbers Webex Calling numbers (a calling licence is needed)
 * @param extension the Webex Calling extension, without the location's routing prefix
 * @param locationId set with a calling licence; it cannot change for an existing calling user
 * @param siteUrls meeting sites; {@code site#attendee} makes the person an attendee there
 */
public record PersonRequest(List<String> emails, List<Person.PhoneNumber> phoneNumbers, @Nullable String extension,
		@Nullable String locationId, @Nullable String displayName, @Nullable String firstName,
		@Nullable String lastName, @Nullable String avatar, @Nullable String orgId, List<String> roles,
		List<String> licenses, @Nullable String department, @Nullable String manager, @Nullable String managerId,
		@Nullable String title, List<Person.Address> addresses, List<String> siteUrls,
		@Nullable Boolean loginEnabled) {

	public PersonRequest {
		emails = Arguments.texts(emails, "emails");
		phoneNumbers = List.copyOf(Arguments.notNull(phoneNumbers, "phoneNumbers"));
		roles = Arguments.texts(roles, "roles");
		licenses = Arguments.texts(licenses, "licenses");
		addresses = List.copyOf(Arguments.notNull(addresses, "addresses"));
		siteUrls = Arguments.texts(siteUrls, "siteUrls");
		for (String text : new String[] { extension, locationId, displayName, firstName, lastName, avatar, orgId,
				department, manager, managerId, title }) {
			Arguments.optionalText(text, "a person's detail");
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A request holding the person's current details, to change before an update; blank details are left out. Webex
	 * lists the calling extension also as a {@code work_extension} number, which it does not take back: that number is
	 * left out too.
	 */
	public static Builder builder(Person person) {
		Arguments.notNull(person, "person");
		Builder builder = new Builder();
		builder.emails = Arguments.present(person.emails());
		builder.phoneNumbers = person.phoneNumbers()
			.stream()
			.filter((number) -> number.type() != Person.PhoneNumber.Type.WORK_EXTENSION)
			.toList();
		builder.extension = Arguments.present(person.extension());
		builder.locationId = Arguments.present(person.locationId());
		builder.displayName = Arguments.present(person.displayName());
		builder.firstName = Arguments.present(person.firstName());
		builder.lastName = Arguments.present(person.lastName());
		builder.avatar = Arguments.present(person.avatar());
		builder.orgId = Arguments.present(person.orgId());
		builder.roles = Arguments.present(person.roles());
		builder.licenses = Arguments.present(person.licenses());
		builder.department = Arguments.present(person.department());
		builder.manager = Arguments.present(person.manager());
		builder.managerId = Arguments.present(person.managerId());
		builder.title = Arguments.present(person.title());
		builder.addresses = person.addresses();
		builder.siteUrls = Arguments.present(person.siteUrls());
		builder.loginEnabled = person.loginEnabled();
		return builder;
	}

	/** The JSON members to send, in Webex's order: unset fields and empty lists left out. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		putList(fields, "emails", this.emails);
		putList(fields, "phoneNumbers", this.phoneNumbers.stream().map(PersonRequest::phoneNumber).toList());
		Arguments.putIfSet(fields, "extension", this.extension);
		Arguments.putIfSet(fields, "locationId", this.locationId);
		Arguments.putIfSet(fields, "displayName", this.displayName);
		Arguments.putIfSet(fields, "firstName", this.firstName);
		Arguments.putIfSet(fields, "lastName", this.lastName);
		Arguments.putIfSet(fields, "avatar", this.avatar);
		Arguments.putIfSet(fields, "orgId", this.orgId);
		putList(fields, "roles", this.roles);
		putList(fields, "licenses", this.licenses);
		Arguments.putIfSet(fields, "department", this.department);
		Arguments.putIfSet(fields, "manager", this.manager);
		Arguments.putIfSet(fields, "managerId", this.managerId);
		Arguments.putIfSet(fields, "title", this.title);
		putList(fields, "addresses", this.addresses.stream().map(PersonRequest::address).toList());
		putList(fields, "siteUrls", this.siteUrls);
		Arguments.putIfSet(fields, "loginEnabled", this.loginEnabled);
		return Collections.unmodifiableMap(fields);
	}

	private static void putList(Map<String, Object> fields, String name, List<?> values) {
		if (!values.isEmpty()) {
			fields.put(name, values);
		}
	}

	/** Webex takes a number's type and value; {@code primary} is its own to decide. */
	private static Map<String, Object> phoneNumber(Person.PhoneNumber number) {
		Map<String, Object> fields = new LinkedHashMap<>();
		Arguments.putIfSet(fields, "type", (number.type() != null) ? number.type().value() : null);
		Arguments.putIfSet(fields, "value", number.value());
		return fields;
	}

	private static Map<String, Object> address(Person.Address address) {
		Map<String, Object> fields = new LinkedHashMap<>();
		Arguments.putIfSet(fields, "type", address.type());
		Arguments.putIfSet(fields, "country", address.country());
		Arguments.putIfSet(fields, "locality", address.locality());
		Arguments.putIfSet(fields, "region", address.region());
		Arguments.putIfSet(fields, "streetAddress", address.streetAddress());
		Arguments.putIfSet(fields, "postalCode", address.postalCode());
		return fields;
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private List<String> emails = List.of();

		private List<Person.PhoneNumber> phoneNumbers = List.of();

		private @Nullable String extension;

		private @Nullable String locationId;

		private @Nullable String displayName;

		private @Nullable String firstName;

		private @Nullable String lastName;

		private @Nullable String avatar;

		private @Nullable String orgId;

		private List<String> roles = List.of();

		private List<String> licenses = List.of();

		private @Nullable String department;

		private @Nullable String manager;

		private @Nullable String managerId;

		private @Nullable String title;

		private List<Person.Address> addresses = List.of();

		private List<String> siteUrls = List.of();

		private @Nullable Boolean loginEnabled;

		private Builder() {
		}

		/** The person's e-mail addresses, the primary one first (Webex keeps one). */
		public Builder emails(List<String> emails) {
			this.emails = Arguments.texts(emails, "emails");
			return this;
		}

		public Builder phoneNumbers(List<Person.PhoneNumber> phoneNumbers) {
			this.phoneNumbers = List.copyOf(Arguments.notNull(phoneNumbers, "phoneNumbers"));
			return this;
		}

		public Builder extension(String extension) {
			this.extension = Arguments.text(extension, "extension");
			return this;
		}

		public Builder locationId(String locationId) {
			this.locationId = Arguments.text(locationId, "locationId");
			return this;
		}

		public Builder displayName(String displayName) {
			this.displayName = Arguments.text(displayName, "displayName");
			return this;
		}

		public Builder firstName(String firstName) {
			this.firstName = Arguments.text(firstName, "firstName");
			return this;
		}

		public Builder lastName(String lastName) {
			this.lastName = Arguments.text(lastName, "lastName");
			return this;
		}

		/** The URL of a PNG image. */
		public Builder avatar(String avatar) {
			this.avatar = Arguments.text(avatar, "avatar");
			return this;
		}

		public Builder orgId(String orgId) {
			this.orgId = Arguments.text(orgId, "orgId");
			return this;
		}

		/** Role ids; an empty list removes every admin role. */
		public Builder roles(List<String> roleIds) {
			this.roles = Arguments.texts(roleIds, "roles");
			return this;
		}

		/** Licence ids; Webex assigns those it can and keeps implicit ones. */
		public Builder licenses(List<String> licenseIds) {
			this.licenses = Arguments.texts(licenseIds, "licenses");
			return this;
		}

		public Builder department(String department) {
			this.department = Arguments.text(department, "department");
			return this;
		}

		public Builder manager(String manager) {
			this.manager = Arguments.text(manager, "manager");
			return this;
		}

		public Builder managerId(String managerId) {
			this.managerId = Arguments.text(managerId, "managerId");
			return this;
		}

		public Builder title(String title) {
			this.title = Arguments.text(title, "title");
			return this;
		}

		public Builder addresses(List<Person.Address> addresses) {
			this.addresses = List.copyOf(Arguments.notNull(addresses, "addresses"));
			return this;
		}

		public Builder siteUrls(List<String> siteUrls) {
			this.siteUrls = Arguments.texts(siteUrls, "siteUrls");
			return this;
		}

		/** Whether the person may sign in to Webex; only an update sends it. */
		public Builder loginEnabled(boolean loginEnabled) {
			this.loginEnabled = loginEnabled;
			return this;
		}

		public PersonRequest build() {
			return new PersonRequest(this.emails, this.phoneNumbers, this.extension, this.locationId,
					this.displayName, this.firstName, this.lastName, this.avatar, this.orgId, this.roles,
					this.licenses, this.department, this.manager, this.managerId, this.title, this.addresses,
					this.siteUrls, this.loginEnabled);
		}

	}

}
