package io.webexkit.app.spaces;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.model.Message;

/**
 * A message as the space page shows it: markdown rendered to safe HTML, or plain text that the template escapes.
 *
 * @param id the message's id ({@code ""} if Webex gave none), so that a page adds a pushed message only once
 * @param author who wrote it (display name when known, else e-mail)
 * @param html the rendered markdown, or {@code null} for a plain-text message
 * @param text the plain text, when there is no markdown
 * @param created relative ("3 hours ago")
 * @param createdExact ISO-8601 UTC
 */
public record MessageRow(String id, String author, @Nullable String html, String text, String created,
		@Nullable String createdExact) {

	static MessageRow of(Message message, Map<String, String> names, Instant now) {
		String author = (message.personId() != null) ? names.get(message.personId()) : null;
		if (author == null) {
			author = (message.personEmail() != null) ? message.personEmail() : "Someone";
		}
		String markdown = message.markdown();
		String text = (message.text() != null) ? message.text() : "";
		Instant created = message.created();
		String html = (markdown != null && !markdown.isBlank()) ? MessageMarkdown.toHtml(markdown) : null;
		return new MessageRow((message.id() != null) ? message.id() : "", author, html, text,
				(created != null) ? RelativeTime.between(created, now) : "", (created != null) ? created.toString() : null);
	}

}
