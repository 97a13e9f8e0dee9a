package io.webexkit.client.model;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which messages of a space to list, newest first; {@code max} is the page size (1..1000, at most
 * {@value #MAX_WITH_MENTIONS} with {@code mentionedPeople}).
 *
 * @param before only messages sent before this instant
 * @param beforeMessage only messages sent before the message with this id
 * @param parentId only the replies in the thread of this message
 * @param mentionedPeople only messages mentioning these people: {@value #ME} or the caller's own id, as Webex takes
 * no one else's (a bot in a group space sees only such messages and must ask for them); empty for no filter
 */
public record MessageQuery(String roomId, @Nullable Integer max, @Nullable Instant before,
		@Nullable String beforeMessage, @Nullable String parentId, List<String> mentionedPeople) {

	/** The caller, in {@code mentionedPeople}. */
	public static final String ME = "me";

	/** Webex's largest page when listing by {@code mentionedPeople}. */
	public static final int MAX_WITH_MENTIONS = 100;

	public MessageQuery {
		Arguments.text(roomId, "roomId");
		Arguments.optionalMax(max);
		Arguments.optionalText(beforeMessage, "beforeMessage");
		Arguments.optionalText(parentId, "parentId");
		mentionedPeople = Arguments.texts((mentionedPeople != null) ? mentionedPeople : List.of(), "mentionedPeople");
		if (!mentionedPeople.isEmpty() && max != null && max > MAX_WITH_MENTIONS) {
			throw new IllegalArgumentException(
					"max must be at most " + MAX_WITH_MENTIONS + " with mentionedPeople, was " + max);
		}
	}

	/** Messages of a space before a point, newest first. */
	public MessageQuery(String roomId, @Nullable Integer max, @Nullable Instant before, @Nullable String beforeMessage) {
		this(roomId, max, before, beforeMessage, null, List.of());
	}

	/** The newest messages of a space, in pages of the Webex default size. */
	public static MessageQuery of(String roomId) {
		return new MessageQuery(roomId, null, null, null);
	}

	/** A query for the messages of the space {@code roomId}. */
	public static Builder builder(String roomId) {
		return new Builder(roomId);
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private final String roomId;

		private @Nullable Integer max;

		private @Nullable Instant before;

		private @Nullable String beforeMessage;

		private @Nullable String parentId;

		private @Nullable String mentioned;

		private Builder(String roomId) {
			this.roomId = Arguments.text(roomId, "roomId");
		}

		/** The page size, 1..1000 (Webex's default is 50; at most 100 with a mention filter). */
		public Builder max(int max) {
			this.max = Arguments.max(max);
			return this;
		}

		/** Only messages sent before this instant. */
		public Builder before(Instant before) {
			this.before = Arguments.notNull(before, "before");
			return this;
		}

		/** Only messages sent before the message with this id. */
		public Builder beforeMessage(String messageId) {
			this.beforeMessage = Arguments.text(messageId, "beforeMessage");
			return this;
		}

		/** Only the replies in the thread that starts with this message. */
		public Builder parentId(String parentId) {
			this.parentId = Arguments.text(parentId, "parentId");
			return this;
		}

		/** Only messages that mention the caller: what a bot in a group space must ask for. */
		public Builder mentionedMe() {
			this.mentioned = ME;
			return this;
		}

		/** Only messages that mention this person, who must be the caller (Webex refuses anyone else). */
		public Builder mentionedPerson(String personId) {
			this.mentioned = Arguments.text(personId, "personId");
			return this;
		}

		/** @throws IllegalArgumentException for a page over 100 with a mention filter */
		public MessageQuery build() {
			return new MessageQuery(this.roomId, this.max, this.before, this.beforeMessage, this.parentId,
					(this.mentioned != null) ? List.of(this.mentioned) : List.of());
		}

	}

}
