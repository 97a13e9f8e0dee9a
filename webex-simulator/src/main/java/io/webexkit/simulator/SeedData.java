package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed cast: three seeded people, their organization and teams, and a pool of generated colleagues; then any
 * number of generated test users ("Test User 0001", ...), each computed from its number when asked for, so that a
 * thousand of them cost no memory until used.
 */
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

	/** The seeded people before the generated ones: Alex Rivera, Sam Patel and Jordan Lee. */
	static final int CAST = 3;

	/** Room ids keep the owner in 16 bits of their salt, so more people would share ids. */
	static final int MAX_GENERATED = 10_000;

	/** Spaces each generated test user is in: enough for a page of spaces, cheap to sort. */
	static final int GENERATED_ROOMS = 20;

	private static final Pattern GENERATED_EMAIL = Pattern.compile("test\\.user\\.(\\d{4,5})@example\\.com");

	private final Instant anchor;

	private final List<SimulatedPerson> cast;

	private volatile int generated;

	SeedData(Instant anchor) {
		this.anchor = anchor;
		this.cast = List.of(
				person("7c0f3a52-4b1e-4d8a-9e6b-2f5d8c1a9b30", "Alex", "Rivera", 300, Duration.ofDays(1210)),
				person("1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5", "Sam", "Patel", 40, Duration.ofDays(640)),
				person("9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "Jordan", "Lee", 0, Duration.ofDays(12)));
	}

	/** The instant generated timestamps count back from. */
	Instant anchor() {
		return this.anchor;
	}

	/** Everyone, the cast first; a read-only view whose generated people are computed when read. */
	List<SimulatedPerson> people() {
		return new People(CAST + this.generated);
	}

	SimulatedPerson person(int index) {
		if (index < 0 || index >= CAST + this.generated) {
			throw new IndexOutOfBoundsException("No simulated person " + index);
		}
		return (index < CAST) ? this.cast.get(index) : generatedPerson(index - CAST);
	}

	/** Adds {@code count} generated people after those already there. */
	synchronized void addGenerated(int count) {
		if (count < 0 || this.generated + count > MAX_GENERATED) {
			throw new IllegalArgumentException(
					"At most " + MAX_GENERATED + " generated people in all; " + this.generated + " exist already");
		}
		this.generated += count;
	}

	OptionalInt indexOf(String personId) {
		for (int i = 0; i < CAST; i++) {
			if (this.cast.get(i).id().equals(personId)) {
				return OptionalInt.of(i);
			}
		}
		// A generated person's id carries its number, so finding one takes no search.
		return Ids.decode("PEOPLE", personId)
			.map(Ids::payload)
			.filter((n) -> n < this.generated && generatedPerson(n.intValue()).id().equals(personId))
			.map((n) -> OptionalInt.of(CAST + n.intValue()))
			.orElse(OptionalInt.empty());
	}

	OptionalInt indexOfEmail(String email) {
		for (int i = 0; i < CAST; i++) {
			if (this.cast.get(i).email().equalsIgnoreCase(email)) {
				return OptionalInt.of(i);
			}
		}
		Matcher matcher = GENERATED_EMAIL.matcher(email.toLowerCase(Locale.ROOT));
		if (matcher.matches()) {
			int n = Integer.parseInt(matcher.group(1)) - 1;
			if (n >= 0 && n < this.generated && generatedPerson(n).email().equalsIgnoreCase(email)) {
				return OptionalInt.of(CAST + n);
			}
		}
		return OptionalInt.empty();
	}

	/** Generated person {@code n} (0 is "Test User 0001"); the same {@code n} always gives the same person. */
	private SimulatedPerson generatedPerson(int n) {
		String number = String.format(Locale.ROOT, "%04d", n + 1);
		UUID uuid = Ids.positional(SEED ^ Ids.mix(0x7E57_0000L + n), n);
		Instant created = this.anchor.minus(Duration.ofDays(30 + n % 700)).plusMillis(Math.floorMod(n * 7919, 1000));
		return new SimulatedPerson(Ids.encode("PEOPLE", uuid), "test.user." + number + "@example.com",
				"Test User " + number, "Test", "User " + number, "Test", ORG_ID, created, GENERATED_ROOMS);
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

	/** The cast followed by generated people, each built when read. */
	private final class People extends AbstractList<SimulatedPerson> implements RandomAccess {

		private final int size;

		People(int size) {
			this.size = size;
		}

		@Override
		public SimulatedPerson get(int index) {
			if (index < 0 || index >= this.size) {
				throw new IndexOutOfBoundsException(index);
			}
			return person(index);
		}

		@Override
		public int size() {
			return this.size;
		}

	}

}
