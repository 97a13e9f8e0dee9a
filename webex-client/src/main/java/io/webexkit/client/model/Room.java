package io.webexkit.client.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A Webex space. When Webex cannot decrypt the title (a {@code kms_failure} item error) the title
 * is not trusted: {@link #titleUnreadable()} is true and {@link #displayTitle()} shows a placeholder.
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

	@JsonCreator
	static Room fromJson(@JsonProperty("id") String id, @JsonProperty("title") @Nullable String title,
			@JsonProperty("type") @Nullable RoomType type, @JsonProperty("isLocked") boolean isLocked,
			@JsonProperty("teamId") @Nullable String teamId,
			@JsonProperty("lastActivity") @Nullable Instant lastActivity,
			@JsonProperty("created") @Nullable Instant created, @JsonProperty("creatorId") @Nullable String creatorId,
			@JsonProperty("errors") @Nullable Object errors) {
		// Any per-item error on the title (kms_failure is the one seen) means its text is not
		// trustworthy; typed loosely so an unexpected shape of "errors" never fails a page.
		boolean unreadable = errors instanceof Map<?, ?> byField && byField.get("title") != null;
		return new Room(id, unreadable ? null : title, unreadable, type, isLocked, teamId, lastActivity, created,
				creatorId);
	}

}
