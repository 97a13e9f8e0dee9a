package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

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

	synchronized void remove(String id) {
		this.spaces.remove(id);
	}

	synchronized void clear() {
		this.spaces.clear();
	}

	/**
	 * One shared space as it is now; changes make a new one.
	 *
	 * @param members its members, in the order they joined
	 * @param locked whether it is moderated: only its moderators add or remove people and change it
	 * @param readOnly announcement mode (of a moderated space): only moderators post
	 * @param teamId the team it belongs to, or null
	 */
	record SharedSpace(String id, String title, String creatorId, Instant created, Instant lastActivity,
			List<Member> members, boolean locked, boolean readOnly, @Nullable String teamId) {

		SharedSpace {
			members = List.copyOf(members);
		}

		/** An unmoderated space outside any team. */
		SharedSpace(String id, String title, String creatorId, Instant created, Instant lastActivity,
				List<Member> members) {
			this(id, title, creatorId, created, lastActivity, members, false, false, null);
		}

		Optional<Member> member(String personId) {
			return this.members.stream().filter((member) -> member.person().id().equals(personId)).findFirst();
		}

		/** Whether {@code personId} may moderate it: anyone in an unmoderated space, its moderators otherwise. */
		boolean moderates(String personId) {
			return member(personId).map((member) -> !this.locked || member.moderator()).orElse(false);
		}

		SharedSpace titled(String title) {
			return new SharedSpace(this.id, title, this.creatorId, this.created, this.lastActivity, this.members,
					this.locked, this.readOnly, this.teamId);
		}

		SharedSpace settings(boolean locked, boolean readOnly) {
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, this.lastActivity, this.members,
					locked, readOnly, this.teamId);
		}

		/** The space after a message at {@code when}: its last activity never goes back. */
		SharedSpace active(Instant when) {
			Instant last = when.isAfter(this.lastActivity) ? when : this.lastActivity;
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, last, this.members, this.locked,
					this.readOnly, this.teamId);
		}

		SharedSpace with(Member member) {
			List<Member> more = new ArrayList<>(this.members);
			more.add(member);
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, this.lastActivity, more,
					this.locked, this.readOnly, this.teamId);
		}

		SharedSpace without(String personId) {
			List<Member> fewer = new ArrayList<>(this.members);
			fewer.removeIf((member) -> member.person().id().equals(personId));
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, this.lastActivity, fewer,
					this.locked, this.readOnly, this.teamId);
		}

		/** The space with one member's membership replaced. */
		SharedSpace replacing(Member member) {
			List<Member> changed = new ArrayList<>(this.members);
			changed.replaceAll((m) -> m.person().id().equals(member.person().id()) ? member : m);
			return new SharedSpace(this.id, this.title, this.creatorId, this.created, this.lastActivity, changed,
					this.locked, this.readOnly, this.teamId);
		}

		/**
		 * How the REST API shows it to {@code viewerId}, one of its members: a group space, read-only for them when
		 * it is in announcement mode and they do not moderate it.
		 */
		SimRoom room(@Nullable String viewerId) {
			boolean readOnlyForViewer = this.readOnly && (viewerId == null || !moderates(viewerId));
			return new SimRoom(SimRoom.SHARED, SimRoom.SHARED, this.id, this.title, "group", this.locked, this.teamId,
					this.lastActivity, this.creatorId, this.created, SeedData.ORG_ID, readOnlyForViewer, false, false,
					this.members.stream().map(Member::person).toList(), 0);
		}

		/** As {@link #room(String)} for whoever acts with the space's own rights (events, the Java API). */
		SimRoom room() {
			return room(null);
		}

	}

	/**
	 * A simulated person in a shared space since {@code joined}; {@code moderator} in a moderated space,
	 * {@code hidden} when they hid the space from their list.
	 */
	record Member(SimMember person, Instant joined, boolean moderator, boolean hidden) {

		Member(SimMember person, Instant joined) {
			this(person, joined, false, false);
		}

	}

}
