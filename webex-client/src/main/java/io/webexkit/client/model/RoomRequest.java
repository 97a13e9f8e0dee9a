package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A group space to create (a 1:1 space is created by sending a message to the person). Its creator becomes a member;
 * the optional fields are sent only when set. {@link RoomUpdate} is the type for changes, which can also make a space
 * read-only.
 *
 * @param classificationId the space's classification (bots cannot classify a space they create)
 * @param isLocked moderated: the creator becomes its moderator
 * @param isPublic discoverable and joinable in the organization; needs a {@code description}
 * @param isAnnouncementOnly only moderators post; needs {@code isLocked}
 */
public record RoomRequest(String title, @Nullable String teamId, @Nullable String classificationId,
		@Nullable Boolean isLocked, @Nullable Boolean isPublic, @Nullable String description,
		@Nullable Boolean isAnnouncementOnly) {

	public RoomRequest {
		Arguments.text(title, "title");
		Arguments.optionalText(teamId, "teamId");
		Arguments.optionalText(classificationId, "classificationId");
		RoomUpdate.checkModes(isLocked, isPublic, description, isAnnouncementOnly);
	}

	/** A space with this title; the other fields are left to Webex. */
	public static RoomRequest of(String title) {
		return new RoomRequest(title, null, null, null, null, null, null);
	}

	public static Builder builder(String title) {
		return new Builder(title);
	}

	/** The JSON members to send, in a fixed order: the optional ones only when set. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		Arguments.putIfSet(fields, "teamId", this.teamId);
		Arguments.putIfSet(fields, "classificationId", this.classificationId);
		Arguments.putIfSet(fields, "isLocked", this.isLocked);
		Arguments.putIfSet(fields, "isPublic", this.isPublic);
		Arguments.putIfSet(fields, "description", this.description);
		Arguments.putIfSet(fields, "isAnnouncementOnly", this.isAnnouncementOnly);
		return Collections.unmodifiableMap(fields);
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private final String title;

		private @Nullable String teamId;

		private @Nullable String classificationId;

		private @Nullable Boolean isLocked;

		private @Nullable Boolean isPublic;

		private @Nullable String description;

		private @Nullable Boolean isAnnouncementOnly;

		private Builder(String title) {
			this.title = Arguments.text(title, "title");
		}

		/** The team the space belongs to. */
		public Builder teamId(String teamId) {
			this.teamId = Arguments.text(teamId, "teamId");
			return this;
		}

		public Builder classificationId(String classificationId) {
			this.classificationId = Arguments.text(classificationId, "classificationId");
			return this;
		}

		public Builder isLocked(boolean isLocked) {
			this.isLocked = isLocked;
			return this;
		}

		public Builder isPublic(boolean isPublic) {
			this.isPublic = isPublic;
			return this;
		}

		public Builder description(String description) {
			this.description = Arguments.text(description, "description");
			return this;
		}

		public Builder isAnnouncementOnly(boolean isAnnouncementOnly) {
			this.isAnnouncementOnly = isAnnouncementOnly;
			return this;
		}

		/** @throws IllegalArgumentException for a public space without description, or announcements unlocked */
		public RoomRequest build() {
			return new RoomRequest(this.title, this.teamId, this.classificationId, this.isLocked, this.isPublic,
					this.description, this.isAnnouncementOnly);
		}

	}

}
