package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.DirectMessageQuery;
import io.webexkit.client.model.FileUpload;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.MessageUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code /messages} endpoints: a space's messages and threads, 1:1 messages, posting (with a file or a card),
 * editing and deleting. A message's files are read with {@link Contents}.
 */
public final class Messages {

	static final String READ_SCOPE = "spark:messages_read";

	static final String WRITE_SCOPE = "spark:messages_write";

	private static final String PATH = "/messages";

	/**
	 * Kept from page to page (Webex has been seen dropping {@code mentionedPeople}); {@code before} and
	 * {@code beforeMessage} are cursors and are not.
	 */
	private static final Set<String> FILTERS = Set.of("roomId", "parentId", "mentionedPeople", "personId",
			"personEmail");

	private final ApiSession session;

	private final Endpoint<Message> endpoint;

	Messages(ApiSession session) {
		this.session = session;
		this.endpoint = new Endpoint<>(session, PATH, READ_SCOPE, FILTERS, Message.class);
	}

	/** The first page of a space's messages (or of one thread), newest first. */
	public Page<Message> list(MessageQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("roomId", query.roomId());
		parameters.put("max", query.max());
		parameters.put("before", query.before());
		parameters.put("beforeMessage", query.beforeMessage());
		parameters.put("parentId", query.parentId());
		parameters.put("mentionedPeople",
				query.mentionedPeople().isEmpty() ? null : String.join(",", query.mentionedPeople()));
		return this.endpoint.list(parameters);
	}

	/** Every matching message, newest first, fetching pages lazily as the stream is consumed. */
	public Stream<Message> stream(MessageQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.stream(() -> list(query));
	}

	/** Every matching message, newest first, fetching pages lazily as the iterator is consumed. */
	public Iterator<Message> iterate(MessageQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.iterate(() -> list(query));
	}

	/** The 1:1 messages with one person ({@code GET /messages/direct}), newest first. */
	public Page<Message> listDirect(DirectMessageQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("personId", query.personId());
		parameters.put("personEmail", query.personEmail());
		parameters.put("parentId", query.parentId());
		return this.endpoint.page(this.session.uri(PATH + "/direct", parameters));
	}

	/** The page at {@code next}, which must be a messages URL of the configured API. */
	public Page<Message> page(URI next) {
		return this.endpoint.page(next);
	}

	/**
	 * One message by id: how the text of a webhook's {@code messages} event is read, since the event carries ids only.
	 * Right after the event, Webex may answer 404 for a few seconds ({@link WebexNotFoundException}).
	 */
	public Message get(String messageId) {
		return this.endpoint.get(messageId);
	}

	/**
	 * Posts a message: as JSON, or as {@code multipart/form-data} with its {@link MessageRequest#upload() upload}
	 * streamed. Never retried after 5xx or timeouts, since it may have been posted.
	 *
	 * @throws WebexFileTooLargeException when the upload is larger than Webex takes; nothing is sent then
	 */
	public Message create(MessageRequest request) {
		Checks.notNull(request, "request");
		FileUpload upload = request.upload();
		if (upload == null) {
			return this.endpoint.create(WRITE_SCOPE, request.fields());
		}
		long size = upload.length();
		if (size > FileUpload.MAX_BYTES) {
			throw new WebexFileTooLargeException("The file is too large to post", size, FileUpload.MAX_BYTES);
		}
		Map<String, String> fields = new LinkedHashMap<>();
		request.fields().forEach((name, value) -> fields.put(name, value.toString()));
		Multipart body = new Multipart(fields, "files", upload, size);
		return this.session.send(ApiCall.upload(this.session.uri(PATH, Map.of()), body, PATH, WRITE_SCOPE),
				Message.class);
	}

	/** Edits one's own message: its new text and/or markdown replace the old ones. */
	public Message update(String messageId, MessageUpdate update) {
		Checks.notNull(update, "update");
		return this.endpoint.update(messageId, WRITE_SCOPE, update.fields());
	}

	/** Deletes a message (one's own, or any as a moderator of a locked space). */
	public void delete(String messageId) {
		this.endpoint.delete(messageId, WRITE_SCOPE);
	}

}
