package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A Webex organization the caller can see. */
public record Organization(String id, @Nullable String displayName, @Nullable Instant created) {
}
