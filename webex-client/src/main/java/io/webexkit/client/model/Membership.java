package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A person's membership in a Webex space. */
public record Membership(String id, String roomId, @Nullable String personId, @Nullable String personEmail,
		@Nullable String personDisplayName, boolean isModerator, @Nullable Instant created) {
}
