package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A Webex team: a group of people and the spaces that belong to it. */
public record Team(String id, @Nullable String name, @Nullable String description, @Nullable Instant created) {
}
