package io.webexkit.client.model;

import org.jspecify.annotations.Nullable;

/** An administrator role of a Webex organization, such as {@code Full Administrator}; people carry role ids. */
public record Role(String id, @Nullable String name) {
}
