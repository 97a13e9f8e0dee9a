package io.webexkit.client.model;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A message in a Webex space. Lists are never null. {@code files} are {@code contents} URLs of the API, to download
 * with the client's {@code contents()} (with the token, on the API's origin only).
 *
 * @param parentId the thread's first message when this is a reply
 * @param toPersonId the recipient of a 1:1 message, in the answer to one sent by person id
 * @param toPersonEmail the recipient of a 1:1 message, in the answer to one sent by e-mail address
 * @param html the text as Webex renders it, mentions as {@code <spark-mention>} elements
 * @param files at most one, as Webex takes one file per message
 * @param mentionedPeople the ids of the people mentioned (see {@link #mentions(String)})
 * @param mentionedGroups the groups mentioned: {@code all} for {@code <@all>}
 * @param attachments a card, when the message carries one
 * @param updated when the author last edited it; null when never edited
 * @param isVoiceClip whether its audio file was recorded as a voice clip
 */
public record Message(String id, @Nullable String parentId, @Nullable String roomId, @Nullable RoomType roomType,
		@Nullable String toPersonId, @Nullable String toPersonEmail, @Nullable String text, @Nullable String markdown,
		@Nullable String html, List<String> files, @Nullable String personId, @Nullable String personEmail,
		List<String> mentionedPeople, List<String> mentionedGroups, List<Attachment> attachments,
		@Nullable Instant created, @Nullable Instant updated, boolean isVoiceClip) {

	/** The group name Webex gives {@code <@all>}. */
	public static final String ALL = "all";

	public Message {
		files = Arguments.received(files);
		mentionedPeople = Arguments.received(mentionedPeople);
		mentionedGroups = Arguments.received(mentionedGroups);
		attachments = Arguments.received(attachments);
	}

	/** Whether the message mentions this person by id, or everyone ({@code <@all>}). */
	public boolean mentions(String personId) {
		Arguments.text(personId, "personId");
		return this.mentionedPeople.contains(personId) || mentionsAll();
	}

	/** Whether the message mentions everyone in the space ({@code <@all>}). */
	public boolean mentionsAll() {
		return this.mentionedGroups.contains(ALL) || this.mentionedPeople.contains(ALL);
	}

	/** Whether this is a reply in a thread. */
	public boolean isReply() {
		return this.parentId != null;
	}

	/** Whether it was edited after it was posted. */
	public boolean isEdited() {
		return this.updated != null;
	}

}
