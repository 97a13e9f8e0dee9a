package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A tab of a Webex space: a web page shown beside its messages.
 *
 * @param roomType null for a kind this client does not know
 * @param contentUrl the page the tab shows
 */
public record RoomTab(String id, @Nullable String roomId, @Nullable RoomType roomType, @Nullable String displayName,
		@Nullable String contentUrl, @Nullable String creatorId, @Nullable Instant created) {
}
