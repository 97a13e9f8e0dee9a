package io.webexkit.simulator;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message in a room, generated or posted.
 *
 * @param parentId the message it replies to in a thread, or null
 * @param mentionedPeople the ids of the people its Markdown mentions
 * @param mentionedGroups {@code all} when it mentions everyone
 * @param files the {@code /v1/contents/{id}} URLs of its file, at most one
 * @param attachments its card, at most one, as posted
 * @param updated when it was last edited, or null
 */
record SimMessage(String id, String roomId, String roomType, String text, @Nullable String markdown,
		@Nullable String html, String personId, String personEmail, Instant created, @Nullable String parentId,
		List<String> mentionedPeople, List<String> mentionedGroups, List<String> files, List<JsonNode> attachments,
		@Nullable Instant updated) {

	SimMessage {
		mentionedPeople = List.copyOf(mentionedPeople);
		mentionedGroups = List.copyOf(mentionedGroups);
		files = List.copyOf(files);
		attachments = List.copyOf(attachments);
	}

	/** A message without thread, mentions, file or card, never edited. */
	SimMessage(String id, String roomId, String roomType, String text, @Nullable String markdown,
			@Nullable String html, String personId, String personEmail, Instant created) {
		this(id, roomId, roomType, text, markdown, html, personId, personEmail, created, null, List.of(), List.of(),
				List.of(), List.of(), null);
	}

	/** Whether it mentions this person by name ({@code <@all>} alone does not: it goes to mentionedGroups). */
	boolean mentions(String personId) {
		return this.mentionedPeople.contains(personId);
	}

}
