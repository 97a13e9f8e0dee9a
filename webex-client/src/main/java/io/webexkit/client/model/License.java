package io.webexkit.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A licence of a Webex organization: an allowance of units that admins assign to people (by id, in a
 * {@link PersonRequest}). Numbers that do not apply to the licence are absent, hence null.
 *
 * @param name the licensed feature, such as {@code Meeting - Webex Meeting Center}
 * @param siteUrl the Webex Meetings site of a meeting licence
 * @param siteType such as {@code Control Hub managed site}, kept as Webex's text
 */
public record License(String id, @Nullable String name, @Nullable Long totalUnits, @Nullable Long consumedUnits,
		@Nullable Long consumedByUsers, @Nullable Long consumedByWorkspaces, @Nullable String subscriptionId,
		@Nullable String siteUrl, @Nullable String siteType) {
}
