package io.webexkit.simulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A room as one person sees it: a generated one, or a snapshot of a {@link SharedSpaces shared space}.
 *
 * @param owner the seeded person the room was generated for ({@code members.get(0)}), whose rooms' numbering gives
 * its id and generated history; for a 1:1 room of two of the cast, the first of them, whichever of the two sees it;
 * {@link #SHARED} for a shared space
 * @param index the room's number among the owner's rooms; {@link #SHARED} for a shared space
 * @param title the title the person who sees it is shown (a 1:1 room is named after the other person)
 * @param messageCount how many generated messages it has; none for a shared space, whose history is all posted
 */
record SimRoom(int owner, int index, String id, String title, String type, boolean locked, @Nullable String teamId,
		Instant lastActivity, String creatorId, Instant created, String ownerId, boolean readOnly, boolean isPublic,
		boolean kmsFailure, List<SimMember> members, int messageCount) {

	/** The {@link #owner()} and {@link #index()} of a shared space: it is nobody's generated room. */
	static final int SHARED = -1;

	boolean direct() {
		return "direct".equals(this.type);
	}

	/** Whether it is a shared space, which the API can change, rather than a generated room. */
	boolean shared() {
		return this.owner == SHARED;
	}

	/** Whether {@code personId} is one of its members. */
	boolean hasMember(String personId) {
		return this.members.stream().anyMatch((member) -> member.id().equals(personId));
	}

	/** The same room under another title: a 1:1 room as its other member sees it. */
	SimRoom titled(String title) {
		return new SimRoom(this.owner, this.index, this.id, title, this.type, this.locked, this.teamId,
				this.lastActivity, this.creatorId, this.created, this.ownerId, this.readOnly, this.isPublic,
				this.kmsFailure, this.members, this.messageCount);
	}

}
