package io.webexkit.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A message in a room, generated or posted. */
record SimMessage(String id, String roomId, String roomType, String text, @Nullable String markdown,
		@Nullable String html, String personId, String personEmail, Instant created) {
}
