package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person's membership in a Webex space. Missing booleans read as false.
 *
 * @param personOrgId the member's organization
 * @param isRoomHidden a direct space the member hid in their Webex app (until its next message)
 * @param roomType null for a kind this client does not know
 * @param isMonitor a monitoring bot (deprecated by Webex)
 */
public record Membership(String id, String roomId, @Nullable String personId, @Nullable String personEmail,
		@Nullable String personDisplayName, @Nullable String personOrgId, boolean isModerator, boolean isRoomHidden,
		@Nullable RoomType roomType, boolean isMonitor, @Nullable Instant created) {
}
