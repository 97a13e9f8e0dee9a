package io.webexkit.client.model;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A Webex user, as returned by {@code GET /people/me}. */
public record Person(String id, List<String> emails, @Nullable String displayName, @Nullable String nickName,
		@Nullable String firstName, @Nullable String lastName, @Nullable String avatar, @Nullable String orgId,
		@Nullable Instant created, @Nullable String type) {

	public Person {
		emails = (emails != null) ? List.copyOf(emails) : List.of();
	}

}
