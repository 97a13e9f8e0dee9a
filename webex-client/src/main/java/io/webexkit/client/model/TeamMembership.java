package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A person's membership in a Webex team. A missing {@code isModerator} reads as false.
 *
 * @param personOrgId the member's organization
 */
public record TeamMembership(String id, String teamId, @Nullable String personId, @Nullable String personEmail,
		@Nullable String personDisplayName, @Nullable String personOrgId, boolean isModerator,
		@Nullable Instant created) {
}
