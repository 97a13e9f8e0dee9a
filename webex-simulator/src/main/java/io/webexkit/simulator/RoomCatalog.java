package io.webexkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Every seeded person's rooms, generated on demand from (person, index) so that even 10,000 rooms cost only a cached
 * sort order per person and sort key.
 */
final class RoomCatalog {

	static final int BUSY_ROOM = 0;

	static final int KMS_ROOM = 13;

	static final String KMS_PLACEHOLDER_TITLE = "eyJhbGciOiIiLCJraWQiOiIiLCJlbmMiOiIifQ....Rm9vYmFyIGlzIG5vdCBhIHRpdGxl";

	private static final long ROOM_INDEX_BITS = 40;

	/** What is left of the owner in a room id's 48 positional bits. */
	static final int OWNER_MASK = 0xFF;

	private static final List<String> PROJECTS = List.of("Phoenix", "Atlas", "Orion", "Nimbus", "Aurora", "Falcon",
			"Helios", "Kestrel", "Lighthouse", "Meridian", "Polaris", "Quasar");

	private static final List<String> TOPICS = List.of("Release Train", "Incident Review", "Sprint Planning",
			"Architecture Forum", "Design Review", "Customer Escalations", "Standup", "Retro", "Launch War Room",
			"Docs Refresh", "API Review", "Benchmark Results", "Support Rotation", "On-call Handover", "Hiring Loop",
			"Offsite Planning", "Roadmap", "Budget", "Security Review", "Coffee Chat");

	private static final List<String> COMMUNITY = List.of("Book Club", "Running Club", "Lunch Crew", "Office Berlin",
			"Office Austin", "Office Bangalore", "Announcements", "Ask IT", "Kudos", "Pet Pictures");

	private final SeedData seed;

	private final Map<String, int[]> orders = new ConcurrentHashMap<>();

	RoomCatalog(SeedData seed) {
		this.seed = seed;
	}

	/**
	 * Room {@code index} of seeded person {@code owner}; the same arguments always give the same room. A 1:1 room
	 * of two of the cast is one room: the later of the two gets the earlier one's room (same id, history and
	 * members), titled with the earlier one's name.
	 */
	SimRoom room(int owner, int index) {
		int peer = castPeer(owner, index);
		if (peer >= 0 && peer < owner) {
			return generate(peer, castPosition(peer, owner)).titled(this.seed.person(peer).displayName());
		}
		return generate(owner, index);
	}

	/**
	 * The other one of the cast in a 1:1 room of two of them ({@code room(owner, index)}), or -1 when that room is
	 * not one.
	 */
	static int castPeer(int owner, int index) {
		return (owner >= 0 && owner < SeedData.CAST && index >= 1 && index < SeedData.CAST)
				? (owner + index) % SeedData.CAST : -1;
	}

	/** Where, among {@code viewer}'s rooms, is their 1:1 room with {@code other} (both of the cast). */
	static int castPosition(int viewer, int other) {
		return Math.floorMod(other - viewer, SeedData.CAST);
	}

	private SimRoom generate(int owner, int index) {
		SplittableRandom random = new SplittableRandom(Ids.mix(SeedData.SEED * 1_000_003L + owner) ^ Ids.mix(index));
		SimulatedPerson person = this.seed.person(owner);
		UUID uuid = Ids.positional(SeedData.SEED ^ ((long) owner << 48) ^ index,
				((long) owner << ROOM_INDEX_BITS) | index);
		boolean special = owner == 0 && (index == KMS_ROOM || index == BUSY_ROOM);
		@Nullable SimMember directPeer = directPeer(owner, index, random);
		boolean direct = !special && directPeer != null;
		Instant anchor = this.seed.anchor();
		Instant created = anchor.minus(Duration.ofDays(1 + random.nextInt(730))).minusMillis(random.nextInt(86_400_000));
		long span = Duration.between(created, anchor).toMillis();
		double u = random.nextDouble();
		Instant lastActivity = created.plusMillis(3_600_000 + (long) ((span - 3_600_000) * (1 - u * u)));
		if (special || index < 3) {
			// Keep the interesting rooms on the first page of the default "recent activity" listing.
			lastActivity = anchor.minus(Duration.ofMinutes(37L * (index + 1))).plusMillis(random.nextInt(1000));
		}
		List<SimMember> members = new ArrayList<>();
		members.add(SimMember.of(person));
		String title;
		@Nullable String teamId = null;
		boolean readOnly = false;
		boolean locked = false;
		if (direct) {
			members.add(directPeer);
			title = directPeer.displayName();
		}
		else {
			addColleagues(members, random);
			int pattern = random.nextInt(10);
			String topic = pick(TOPICS, random);
			if (pattern < 3) {
				int team = random.nextInt(SeedData.TEAMS.size());
				teamId = SeedData.teamId(team);
				title = SeedData.TEAMS.get(team) + " – " + topic;
			}
			else if (pattern < 6) {
				title = "Project " + pick(PROJECTS, random) + " – " + topic;
			}
			else if (pattern < 8) {
				title = topic + " Q" + (1 + random.nextInt(4)) + " " + created.toString().substring(0, 4);
			}
			else {
				title = pick(COMMUNITY, random);
				readOnly = "Announcements".equals(title);
			}
			locked = readOnly || random.nextInt(10) == 0;
			if (owner == 0 && index == KMS_ROOM) {
				title = KMS_PLACEHOLDER_TITLE;
			}
			else if (owner == 0 && index == BUSY_ROOM) {
				title = "Project Phoenix – Release Train";
			}
		}
		String creatorId = (direct ? random.nextBoolean() : random.nextInt(10) < 4) ? person.id() : members.get(1).id();
		boolean isPublic = !direct && random.nextInt(100) < 6;
		int messages = (owner == 0 && index == BUSY_ROOM) ? 137 : 2 + random.nextInt(9);
		return new SimRoom(owner, index, Ids.encode("ROOM", uuid), title, direct ? "direct" : "group", locked, teamId,
				lastActivity, creatorId, created, SeedData.ORG_ID, readOnly, isPublic,
				owner == 0 && index == KMS_ROOM, List.copyOf(members), messages);
	}

	/**
	 * Room numbers (as {@link #room} takes them) of a person with {@code count} rooms, in {@code sort} order;
	 * computed once and cached.
	 */
	int[] order(int owner, int count, RoomSort sort) {
		return this.orders.computeIfAbsent(owner + ":" + count + ":" + sort, (key) -> {
			SimRoom[] rooms = new SimRoom[count];
			Arrays.setAll(rooms, (i) -> room(owner, i));
			Integer[] positions = new Integer[count];
			Arrays.setAll(positions, (i) -> i);
			Arrays.sort(positions, (a, b) -> {
				int result = sort.comparator().compare(rooms[a], rooms[b]);
				return (result != 0) ? result : Integer.compare(a, b);
			});
			return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
		});
	}

	/** The room with this id if it is one of the {@code count} rooms of {@code owner}. */
	Optional<SimRoom> find(int owner, int count, String roomId) {
		return Ids.decode("ROOM", roomId).flatMap((uuid) -> {
			long payload = Ids.payload(uuid);
			long index = payload & ((1L << ROOM_INDEX_BITS) - 1);
			long home = payload >>> ROOM_INDEX_BITS;
			long position = index;
			if (home != (owner & OWNER_MASK)) {
				// the 1:1 room of two of the cast carries the earlier one's numbering
				int peer = castPeer((int) home, (int) Math.min(index, SeedData.CAST));
				if (peer != owner || home >= owner) {
					return Optional.empty();
				}
				position = castPosition(owner, (int) home);
			}
			// Ids keep only the owner's low 8 bits; the regenerated id below tells owners 1 and 257 apart.
			if (position >= count) {
				return Optional.empty();
			}
			SimRoom room = room(owner, (int) position);
			return room.id().equals(roomId) ? Optional.of(room) : Optional.empty();
		});
	}

	/** The first direct room of {@code owner} whose other member has this id or email. */
	Optional<SimRoom> findDirect(int owner, int count, String personIdOrEmail) {
		String ownerId = this.seed.person(owner).id();
		for (int i = 0; i < count; i++) {
			SimRoom room = room(owner, i);
			if (room.direct()) {
				for (SimMember peer : room.members()) {
					if (!peer.id().equals(ownerId) && (peer.id().equals(personIdOrEmail)
							|| peer.email().equalsIgnoreCase(personIdOrEmail))) {
						return Optional.of(room);
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The cast's direct rooms with each other come first; otherwise about one room in five is direct. Generated people
	 * leave the cast's rooms as they were.
	 */
	private @Nullable SimMember directPeer(int owner, int index, SplittableRandom random) {
		int peer = castPeer(owner, index);
		if (peer >= 0) {
			return SimMember.of(this.seed.person(peer));
		}
		boolean direct = random.nextInt(100) < 22;
		return direct ? SeedData.colleague(random.nextInt(SeedData.colleagueCount())) : null;
	}

	private static void addColleagues(List<SimMember> members, SplittableRandom random) {
		Set<Integer> picked = new LinkedHashSet<>();
		int wanted = 2 + random.nextInt(6);
		while (picked.size() < wanted) {
			picked.add(random.nextInt(SeedData.colleagueCount()));
		}
		picked.forEach((n) -> members.add(SeedData.colleague(n)));
	}

	private static String pick(List<String> values, SplittableRandom random) {
		return values.get(random.nextInt(values.size()));
	}

}
