package io.webexkit.simulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A generated room as one seeded person sees it; {@code members.get(0)} is that person. */
record SimRoom(int owner, int index, String id, String title, String type, boolean locked, @Nullable String teamId,
		Instant lastActivity, String creatorId, Instant created, String ownerId, boolean readOnly, boolean isPublic,
		boolean kmsFailure, List<SimMember> members, int messageCount) {

	boolean direct() {
		return "direct".equals(this.type);
	}

}
