package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The spaces that exist once for all their members, as in Webex: one id, one title, one message timeline, and a
 * member list of simulated people that changes. The seeded demo space and every space created through the API or
 * {@link WebexSimulator#createSpace} live here; generated rooms do not. In memory and thread-safe; a few hundred
 * spaces at most, so every call takes the one lock.
 */
final class SharedSpaces {

	private final Map<String, SharedSpace> spaces = new LinkedHashMap<>();

	/** Adds a new space; its id must be new. */
	synchronized SharedSpace add(SharedSpace space) {
		if (this.spaces.putIfAbsent(space.id(), space) != null) {
			throw new IllegalStateException("A shared space with id " + space.id() + " exists already");
		}
		return space;
	}

	synchronized Optional<SharedSpace> get(String id) {
		return Optional.ofNullable(this.spaces.get(id));
	}

	/** The spaces {@code personId} is a member of, oldest first. */
	synchronized List<SharedSpace> of(String personId) {
		List<SharedSpace> found = new ArrayList<>();
		for (SharedSpace space : this.spaces.values()) {
			if (space.member(personId).isPresent()) {
				found.add(space);
			}
		}
		return found;
	}

	/**
	 * Replaces the space with what {@code change} makes of it, atomically; empty if there is none with that id. An
	 * exception thrown by {@code change} leaves the space as it was.
	 */
	synchronized Optional<SharedSpace> update(String id, UnaryOperator<SharedSpace> change) {
		SharedSpace space = this.spaces.get(id);
		if (space == null) {
			return Optional.empty();
		}
		SharedSpace changed = change.apply(space);
		this.spaces.put(id, changed);
		return Optional.of(changed);
	}

	synchronized void clear() {
		this.spaces.clear();
	}

	/**
	 * One shared space as it is now; changes make a new one.
	 *
	 * @param members its members, in the order they joined
	 */
	record SharedSpace(String id, String title, String creatorId, Instant created, Instant lastActivity,
			List<Member> members) {

		SharedSpace {
			members = List.copyOf(members);
		}

		Optional<Member> member(String personId) {
			return this.members.stream().filter((member) -> member.person().id().equals(personId)).findFirst();
		}

		SharedSpace titled(String title) {
			return new SharedSpace(this.id, title, this.creatorId, this.created, this.lastActivity, this.members);
		}

		/** The space after a message at {@code when}: its last activity never goes back. */
		SharedSpace active(Instant when) {
			Instant last = when.isAfter(this.lastActivity) ? when : this.lastActivity;
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, last, this.members);
		}

		SharedSpace with(Member member) {
			List<Member> more = new ArrayList<>(this.members);
			more.add(member);
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, this.lastActivity, more);
		}

		SharedSpace without(String personId) {
			List<Member> fewer = new ArrayList<>(this.members);
			fewer.removeIf((member) -> member.person().id().equals(personId));
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, this.lastActivity, fewer);
		}

		/** How the REST API shows it to any of its members: a group space, never locked, read-only or public. */
		SimRoom room() {
			return new SimRoom(SimRoom.SHARED, SimRoom.SHARED, this.id, this.title, "group", false, null,
					this.lastActivity, this.creatorId, this.created, SeedData.ORG_ID, false, false, false,
					this.members.stream().map(Member::person).toList(), 0);
		}

	}

	/** A simulated person in a shared space since {@code joined}. */
	record Member(SimMember person, Instant joined) {
	}

}
