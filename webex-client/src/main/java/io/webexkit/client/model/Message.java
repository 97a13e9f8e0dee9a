package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message in a Webex space. */
public record Message(String id, @Nullable String roomId, @Nullable RoomType roomType, @Nullable String text,
		@Nullable String markdown, @Nullable String html, @Nullable String personId, @Nullable String personEmail,
		@Nullable Instant created) {
}
