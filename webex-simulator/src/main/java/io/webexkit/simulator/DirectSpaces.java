package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The 1:1 spaces Webex opens on the first message to a person ({@code toPersonId} or {@code toPersonEmail}) when
 * the two had none: one room, one id, for both of them, each seeing it titled with the other's name. Generated 1:1
 * rooms are not here. In memory and thread-safe.
 */
final class DirectSpaces {

	private final Map<String, Direct> spaces = new LinkedHashMap<>();

	/** The space of these two, opened now by {@code from} when they had none. */
	synchronized Direct open(SimMember from, SimMember to, Instant now) {
		Optional<Direct> existing = between(from.id(), to.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		Direct direct = new Direct(Ids.encode("ROOM", UUID.randomUUID()), from, to, now, now);
		this.spaces.put(direct.id(), direct);
		return direct;
	}

	synchronized Optional<Direct> between(String personId, String otherId) {
		return this.spaces.values()
			.stream()
			.filter((space) -> space.has(personId) && space.has(otherId) && !personId.equals(otherId))
			.findFirst();
	}

	/** The space with this id as {@code personId} sees it, if they are one of its two. */
	synchronized Optional<SimRoom> find(String personId, String roomId) {
		Direct direct = this.spaces.get(roomId);
		return (direct != null && direct.has(personId)) ? Optional.of(direct.room(personId)) : Optional.empty();
	}

	/** The spaces {@code personId} is one of the two of, oldest first. */
	synchronized List<SimRoom> of(String personId) {
		List<SimRoom> found = new ArrayList<>();
		for (Direct direct : this.spaces.values()) {
			if (direct.has(personId)) {
				found.add(direct.room(personId));
			}
		}
		return found;
	}

	/** Moves the space's last activity to a message at {@code when}; never back. */
	synchronized void active(String roomId, Instant when) {
		this.spaces.computeIfPresent(roomId, (id, direct) -> when.isAfter(direct.lastActivity())
				? new Direct(id, direct.creator(), direct.other(), direct.created(), when) : direct);
	}

	synchronized void clear() {
		this.spaces.clear();
	}

	/** A 1:1 space {@code creator} opened with {@code other}. */
	record Direct(String id, SimMember creator, SimMember other, Instant created, Instant lastActivity) {

		boolean has(String personId) {
			return this.creator.id().equals(personId) || this.other.id().equals(personId);
		}

		/** As {@code viewerId} sees it: titled with the other one's name. */
		SimRoom room(String viewerId) {
			SimMember peer = this.creator.id().equals(viewerId) ? this.other : this.creator;
			return new SimRoom(SimRoom.SHARED, SimRoom.SHARED, this.id, peer.displayName(), "direct", false, null,
					this.lastActivity, this.creator.id(), this.created, SeedData.ORG_ID, false, false, false,
					List.of(this.creator, this.other), 0);
		}

	}

}
