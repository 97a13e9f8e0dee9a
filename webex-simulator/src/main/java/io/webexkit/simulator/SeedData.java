package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;

/** The fixed cast: three seeded people, their organization and teams, and a pool of generated colleagues. */
final class SeedData {

	static final long SEED = 20_160_421L;

	static final String ORG_ID = Ids.encode("ORGANIZATION", UUID.fromString("1eb65fdf-9643-417f-9974-ad72cae0e10f"));

	static final List<String> TEAMS = List.of("Platform Engineering", "Mobile Guild", "Design Systems",
			"Customer Success", "Security Champions", "Data Platform");

	private static final List<String> FIRST_NAMES = List.of("Maria", "Wei", "Priya", "Lukas", "Amara", "Diego",
			"Hannah", "Kenji", "Fatima", "Oliver", "Chloé", "Mateo", "Aisha", "Noah", "Ingrid", "Ravi", "Sofia", "Tomás",
			"Yuki", "Elena");

	private static final List<String> LAST_NAMES = List.of("Garcia", "Chen", "Sharma", "Müller", "Okafor",
			"Fernández", "Schmidt", "Tanaka", "Haddad", "Brown", "Dubois", "Rossi", "Khan", "Nguyen", "Larsen", "Iyer",
			"Costa", "Novák", "Sato", "O'Brien");

	private final Instant anchor;

	private final List<SimulatedPerson> people;

	SeedData(Instant anchor) {
		this.anchor = anchor;
		this.people = List.of(
				person("7c0f3a52-4b1e-4d8a-9e6b-2f5d8c1a9b30", "Alex", "Rivera", 300, Duration.ofDays(1210)),
				person("1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5", "Sam", "Patel", 40, Duration.ofDays(640)),
				person("9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "Jordan", "Lee", 0, Duration.ofDays(12)));
	}

	/** The instant generated timestamps count back from. */
	Instant anchor() {
		return this.anchor;
	}

	List<SimulatedPerson> people() {
		return this.people;
	}

	SimulatedPerson person(int index) {
		return this.people.get(index);
	}

	OptionalInt indexOf(String personId) {
		for (int i = 0; i < this.people.size(); i++) {
			if (this.people.get(i).id().equals(personId)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	OptionalInt indexOfEmail(String email) {
		for (int i = 0; i < this.people.size(); i++) {
			if (this.people.get(i).email().equalsIgnoreCase(email)) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.empty();
	}

	static String teamId(int team) {
		return Ids.encode("TEAM", Ids.positional(SEED ^ (0x7EA3L * (team + 1)), team));
	}

	static int colleagueCount() {
		return FIRST_NAMES.size() * LAST_NAMES.size();
	}

	/** A generated colleague who is not a seeded person (only seen as a member or author). */
	static SimMember colleague(int n) {
		String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
		String last = LAST_NAMES.get((n / FIRST_NAMES.size()) % LAST_NAMES.size());
		String email = ascii(first) + "." + ascii(last) + "@example.com";
		UUID uuid = UUID.nameUUIDFromBytes(("colleague:" + n).getBytes(StandardCharsets.UTF_8));
		return new SimMember(Ids.encode("PEOPLE", uuid), email, first + " " + last);
	}

	private SimulatedPerson person(String uuid, String first, String last, int rooms, Duration age) {
		String email = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@example.com";
		Instant created = this.anchor.minus(age).plusMillis(Math.floorMod(uuid.hashCode(), 1000));
		return new SimulatedPerson(Ids.encode("PEOPLE", UUID.fromString(uuid)), email, first + " " + last, first,
				last, first, ORG_ID, created, rooms);
	}

	private static String ascii(String name) {
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
		return decomposed.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
	}

}
