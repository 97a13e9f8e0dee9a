package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Webex space. When Webex cannot decrypt the title (a {@code kms_failure} item error) the title
 * is not trusted: {@link #titleUnreadable()} is true and {@link #displayTitle()} shows a placeholder. The client
 * reads it field by field (no creator: see the client's {@code RoomReader}). Missing booleans read as false.
 *
 * @param titleUnreadable not a Webex field: whether Webex reported the title as undecryptable
 * @param ownerId the organization that owns the space
 * @param isAnnouncementOnly only moderators may post
 * @param isReadOnly a direct space a compliance officer closed to new messages
 * @param isPublic anyone in the organization can find and join it
 * @param madePublic when it was made public
 * @param description null too when Webex reports it undecryptable
 */
public record Room(String id, @Nullable String title, boolean titleUnreadable, @Nullable RoomType type,
		boolean isLocked, @Nullable String teamId, @Nullable Instant lastActivity, @Nullable Instant created,
		@Nullable String creatorId, @Nullable String ownerId, @Nullable String classificationId,
		boolean isAnnouncementOnly, boolean isReadOnly, boolean isPublic, @Nullable Instant madePublic,
		@Nullable String description) {

	/** What to show instead of a title that cannot be read. */
	public static final String UNAVAILABLE_TITLE = "(title unavailable)";

	/** The title to show: the placeholder when it is unreadable or missing. */
	public String displayTitle() {
		return (this.titleUnreadable || this.title == null || this.title.isBlank()) ? UNAVAILABLE_TITLE
				: this.title;
	}

}
