package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Webex space. When Webex cannot decrypt the title (a {@code kms_failure} item error) the title
 * is not trusted: {@link #titleUnreadable()} is true and {@link #displayTitle()} shows a placeholder. The client
 * reads it field by field (no creator: see the client's {@code RoomReader}).
 */
public record Room(String id, @Nullable String title, boolean titleUnreadable, @Nullable RoomType type,
		boolean isLocked, @Nullable String teamId, @Nullable Instant lastActivity, @Nullable Instant created,
		@Nullable String creatorId) {

	/** What to show instead of a title that cannot be read. */
	public static final String UNAVAILABLE_TITLE = "(title unavailable)";

	/** The title to show: the placeholder when it is unreadable or missing. */
	public String displayTitle() {
		return (this.titleUnreadable || this.title == null || this.title.isBlank()) ? UNAVAILABLE_TITLE
				: this.title;
	}

}
