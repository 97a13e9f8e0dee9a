package io.webexkit.app.spaces;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.model.Message;

import org.springframework.web.util.UriUtils;

/**
 * A message as the space page shows it: markdown rendered to safe HTML (mentions as {@code @Name}), or plain text
 * that the template escapes; its files as links through this app; its thread's replies under it.
 *
 * @param id the message's id ({@code ""} if Webex gave none), so that a page adds a pushed message only once
 * @param author who wrote it (display name when known, else e-mail)
 * @param html the rendered markdown, or {@code null} for a plain-text message
 * @param text the plain text, when there is no markdown
 * @param created relative ("3 hours ago")
 * @param createdExact ISO-8601 UTC
 * @param parentId the thread's first message, for a reply
 * @param mine whether the reader wrote it (and so may edit or delete it)
 * @param source what an edit starts from: the markdown, else the text
 * @param edited whether it was edited
 * @param files its files, downloaded through this app
 * @param replies the replies on this page, oldest first, for a thread's first message
 */
public record MessageRow(String id, String author, @Nullable String html, String text, String created,
		@Nullable String createdExact, @Nullable String parentId, boolean mine, String source, boolean edited,
		List<FileLink> files, List<MessageRow> replies) {

	private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9_=+-]{1,512}");

	/** As a reader who is not its author sees it (a pushed message: pages of others). */
	static MessageRow of(Message message, Map<String, String> names, Instant now) {
		return of(message, names, now, null, null);
	}

	/**
	 * @param readerId who reads the page, for {@link #mine}
	 * @param apiBase the API the files must be on: a file elsewhere is not linked (its token would not go there)
	 */
	static MessageRow of(Message message, Map<String, String> names, Instant now, @Nullable String readerId,
			@Nullable URI apiBase) {
		String author = (message.personId() != null) ? names.get(message.personId()) : null;
		if (author == null) {
			author = (message.personEmail() != null) ? message.personEmail() : "Someone";
		}
		String markdown = message.markdown();
		String text = (message.text() != null) ? message.text() : "";
		Instant created = message.created();
		String html = (markdown != null && !markdown.isBlank()) ? MessageMarkdown.toHtml(markdown, names::get) : null;
		String roomId = message.roomId();
		List<FileLink> files = new ArrayList<>();
		if (roomId != null) {
			for (String url : message.files()) {
				String contentId = contentId(url, apiBase);
				if (contentId != null) {
					files.add(new FileLink(SpaceIds.href(roomId) + "/files/" + contentId,
							"Attached file" + ((message.files().size() > 1) ? " " + (files.size() + 1) : "")));
				}
			}
		}
		boolean mine = readerId != null && readerId.equals(message.personId());
		return new MessageRow((message.id() != null) ? message.id() : "", author, html, text,
				(created != null) ? RelativeTime.between(created, now) : "", (created != null) ? created.toString() : null,
				message.parentId(), mine, (markdown != null && !markdown.isBlank()) ? markdown : text,
				message.updated() != null, List.copyOf(files), List.of());
	}

	/**
	 * A page of messages (newest first) as threads: each reply under its first message when that is on the page
	 * too, oldest reply first; a reply whose first message is older than the page stays where it is.
	 */
	static List<MessageRow> threads(List<MessageRow> newestFirst) {
		Map<String, List<MessageRow>> replies = new LinkedHashMap<>();
		Map<String, MessageRow> parents = new LinkedHashMap<>();
		for (MessageRow row : newestFirst) {
			if (row.parentId() == null) {
				parents.put(row.id(), row);
			}
		}
		List<MessageRow> top = new ArrayList<>();
		for (MessageRow row : newestFirst) {
			if (row.parentId() != null && parents.containsKey(row.parentId())) {
				replies.computeIfAbsent(row.parentId(), (k) -> new ArrayList<>()).add(0, row);
			}
			else {
				top.add(row);
			}
		}
		top.replaceAll((row) -> replies.containsKey(row.id()) ? row.withReplies(replies.get(row.id())) : row);
		return top;
	}

	MessageRow withReplies(List<MessageRow> replies) {
		return new MessageRow(this.id, this.author, this.html, this.text, this.created, this.createdExact,
				this.parentId, this.mine, this.source, this.edited, this.files, List.copyOf(replies));
	}

	/** The id as a query parameter value. */
	public String idParam() {
		return UriUtils.encodeQueryParam(this.id, StandardCharsets.UTF_8);
	}

	/** The id as a path segment. */
	public String idSegment() {
		return UriUtils.encodePathSegment(this.id, StandardCharsets.UTF_8);
	}

	/** Whether it is a reply (shown in its thread, or marked as one when its thread began before the page). */
	public boolean reply() {
		return this.parentId != null;
	}

	/** The content id of a {@code files} URL on the API's origin, or null. */
	private static @Nullable String contentId(String url, @Nullable URI apiBase) {
		try {
			URI uri = URI.create(url);
			if (apiBase != null && !(apiBase.getScheme().equalsIgnoreCase(uri.getScheme())
					&& apiBase.getRawAuthority().equalsIgnoreCase(uri.getRawAuthority()))) {
				return null;
			}
			String path = uri.getRawPath();
			int slash = (path != null) ? path.lastIndexOf("/contents/") : -1;
			if (slash < 0) {
				return null;
			}
			String id = path.substring(slash + "/contents/".length());
			return CONTENT_ID.matcher(id).matches() ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A file of a message: where this app serves it, and how it is labelled. */
	public record FileLink(String href, String label) {
	}

}
