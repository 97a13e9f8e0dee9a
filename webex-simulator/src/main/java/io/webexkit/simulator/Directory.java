package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The simulated organization as its administrators see it: its licenses and roles (Alex Rivera, the first of the
 * cast, is its full administrator and compliance officer), and the people administrators created through
 * {@code POST /v1/people}. Those are listed and read like anyone, and changed or deleted; they do not sign in.
 */
final class Directory {

	static final String MESSAGING_LICENSE = Ids.encode("LICENSE", UUID.fromString("5b4c3d2e-1f0a-4b9c-8d7e-6f5a4b3c2d1e"));

	static final String MEETINGS_LICENSE = Ids.encode("LICENSE", UUID.fromString("6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f"));

	static final String FULL_ADMIN_ROLE = Ids.encode("ROLE", UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));

	static final String COMPLIANCE_OFFICER_ROLE = Ids.encode("ROLE",
			UUID.fromString("1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"));

	static final String USER_ADMIN_ROLE = Ids.encode("ROLE", UUID.fromString("2c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f"));

	static final String ORG_NAME = "Example Corp (simulated)";

	private final Map<String, Created> created = new LinkedHashMap<>();

	/** The licenses the organization holds, with their names. */
	static Map<String, String> licenses() {
		Map<String, String> licenses = new LinkedHashMap<>();
		licenses.put(MESSAGING_LICENSE, "Messaging");
		licenses.put(MEETINGS_LICENSE, "Meeting - Webex Meetings");
		return licenses;
	}

	static Map<String, String> roles() {
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put(FULL_ADMIN_ROLE, "Full Administrator");
		roles.put(USER_ADMIN_ROLE, "User and Device Administrator");
		roles.put(COMPLIANCE_OFFICER_ROLE, "Compliance Officer");
		return roles;
	}

	/** The roles of a seeded person: Alex administers the organization. */
	static List<String> roles(int person) {
		return (person == 0) ? List.of(FULL_ADMIN_ROLE, COMPLIANCE_OFFICER_ROLE) : List.of();
	}

	static boolean admin(int person) {
		return roles(person).contains(FULL_ADMIN_ROLE);
	}

	synchronized Created add(String email, String displayName, @Nullable String firstName, @Nullable String lastName,
			List<String> licenses, List<String> roles, Instant now) {
		Created person = new Created(Ids.encode("PEOPLE", UUID.randomUUID()), email, displayName, firstName, lastName,
				List.copyOf(licenses), List.copyOf(roles), now, now);
		this.created.put(person.id(), person);
		return person;
	}

	synchronized Optional<Created> get(String id) {
		return Optional.ofNullable(this.created.get(id));
	}

	synchronized Optional<Created> byEmail(String email) {
		return this.created.values().stream().filter((p) -> p.email().equalsIgnoreCase(email)).findFirst();
	}

	synchronized List<Created> all() {
		return new ArrayList<>(this.created.values());
	}

	synchronized void put(Created person) {
		this.created.put(person.id(), person);
	}

	synchronized boolean remove(String id) {
		return this.created.remove(id) != null;
	}

	synchronized void clear() {
		this.created.clear();
	}

	/** A person an administrator created. */
	record Created(String id, String email, String displayName, @Nullable String firstName,
			@Nullable String lastName, List<String> licenses, List<String> roles, Instant created,
			Instant lastModified) {
	}

}
