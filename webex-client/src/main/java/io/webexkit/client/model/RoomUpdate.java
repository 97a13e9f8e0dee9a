package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The new state of a space, sent with {@code PUT}: Webex needs the {@code title} and changes the other fields that
 * are sent. {@link #builder(Room)} starts from the space as it is (title, classification, locked, public,
 * description, announcement mode), so unchanged settings are sent unchanged; moving it under a team
 * ({@code teamId}) and making a direct space read-only ({@code isReadOnly}, compliance officers) are sent only when
 * asked for. Webex removes a description set to a single space.
 */
public record RoomUpdate(String title, @Nullable String classificationId, @Nullable String teamId,
		@Nullable Boolean isLocked, @Nullable Boolean isPublic, @Nullable String description,
		@Nullable Boolean isAnnouncementOnly, @Nullable Boolean isReadOnly) {

	public RoomUpdate {
		Arguments.text(title, "title");
		Arguments.optionalText(classificationId, "classificationId");
		Arguments.optionalText(teamId, "teamId");
		checkModes(isLocked, isPublic, description, isAnnouncementOnly);
	}

	/** An update that sends only this title. */
	public static Builder builder(String title) {
		return new Builder(title);
	}

	/**
	 * An update that keeps the space's settings until the builder changes them.
	 *
	 * @throws IllegalArgumentException when the space's title is unreadable or missing: set one with
	 * {@link #builder(String)}
	 */
	public static Builder builder(Room room) {
		Arguments.notNull(room, "room");
		if (room.titleUnreadable() || room.title() == null || room.title().isBlank()) {
			throw new IllegalArgumentException("The space's title is unreadable; give the update a title");
		}
		Builder builder = new Builder(room.title());
		builder.classificationId = Arguments.present(room.classificationId());
		builder.isLocked = room.isLocked();
		builder.isPublic = room.isPublic();
		builder.description = Arguments.present(room.description());
		builder.isAnnouncementOnly = room.isAnnouncementOnly();
		return builder;
	}

	/** The JSON members to send, in a fixed order: the optional ones only when set. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		Arguments.putIfSet(fields, "classificationId", this.classificationId);
		Arguments.putIfSet(fields, "teamId", this.teamId);
		Arguments.putIfSet(fields, "isLocked", this.isLocked);
		Arguments.putIfSet(fields, "isPublic", this.isPublic);
		Arguments.putIfSet(fields, "description", this.description);
		Arguments.putIfSet(fields, "isAnnouncementOnly", this.isAnnouncementOnly);
		Arguments.putIfSet(fields, "isReadOnly", this.isReadOnly);
		return Collections.unmodifiableMap(fields);
	}

	/** Webex refuses these combinations; saying so before the call names the field. */
	static void checkModes(@Nullable Boolean isLocked, @Nullable Boolean isPublic, @Nullable String description,
			@Nullable Boolean isAnnouncementOnly) {
		if (Boolean.TRUE.equals(isPublic) && (description == null || description.isBlank())) {
			throw new IllegalArgumentException("A public space needs a description");
		}
		if (Boolean.TRUE.equals(isAnnouncementOnly) && !Boolean.TRUE.equals(isLocked)) {
			throw new IllegalArgumentException("Announcement mode needs a locked space (isLocked)");
		}
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private String title;

		private @Nullable String classificationId;

		private @Nullable String teamId;

		private @Nullable Boolean isLocked;

		private @Nullable Boolean isPublic;

		private @Nullable String description;

		private @Nullable Boolean isAnnouncementOnly;

		private @Nullable Boolean isReadOnly;

		private Builder(@Nullable String title) {
			this.title = Arguments.text(title, "title");
		}

		public Builder title(String title) {
			this.title = Arguments.text(title, "title");
			return this;
		}

		public Builder classificationId(String classificationId) {
			this.classificationId = Arguments.text(classificationId, "classificationId");
			return this;
		}

		/** Moves an unowned space under this team (Webex does not move spaces between teams). */
		public Builder teamId(String teamId) {
			this.teamId = Arguments.text(teamId, "teamId");
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

		/** A single space removes the description. */
		public Builder description(String description) {
			if (description == null || description.isEmpty()) {
				throw new IllegalArgumentException("description must not be empty (a single space removes it)");
			}
			this.description = description;
			return this;
		}

		public Builder isAnnouncementOnly(boolean isAnnouncementOnly) {
			this.isAnnouncementOnly = isAnnouncementOnly;
			return this;
		}

		/** A compliance officer closing (or reopening) a direct space to new messages. */
		public Builder isReadOnly(boolean isReadOnly) {
			this.isReadOnly = isReadOnly;
			return this;
		}

		/** @throws IllegalArgumentException for a public space without description, or announcements unlocked */
		public RoomUpdate build() {
			return new RoomUpdate(this.title, this.classificationId, this.teamId, this.isLocked, this.isPublic,
					this.description, this.isAnnouncementOnly, this.isReadOnly);
		}

	}

}
