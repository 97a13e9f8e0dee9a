package io.webexkit.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import org.jspecify.annotations.Nullable;

/** The {@code /messages} endpoints. */
public final class Messages {

	static final String READ_SCOPE = "spark:messages_read";

	static final String WRITE_SCOPE = "spark:messages_write";

	private static final String PATH = "/messages";

	/** Kept from page to page; {@code before}/{@code beforeMessage} are cursors and are not. */
	private static final Set<String> FILTERS = Set.of("roomId", "parentId", "mentionedPeople");

	private final ApiSession session;

	Messages(ApiSession session) {
		this.session = session;
	}

	/** The first page of a space's messages, newest first. */
	public Page<Message> list(MessageQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("roomId", query.roomId());
		parameters.put("max", query.max());
		parameters.put("before", query.before());
		parameters.put("beforeMessage", query.beforeMessage());
		return page(this.session.uri(PATH, parameters));
	}

	/** The page at {@code next}, which must be a messages URL of the configured API. */
	public Page<Message> page(URI next) {
		Checks.notNull(next, "next");
		return this.session.page(next, PATH, READ_SCOPE, FILTERS, Message.class);
	}

	/**
	 * One message by id: how the text of a webhook's {@code messages} event is read, since the event carries ids only.
	 * Right after the event, Webex may answer 404 for a few seconds ({@link WebexNotFoundException}).
	 */
	public Message get(String messageId) {
		return this.session.get(this.session.uri(PATH + "/" + ApiOrigin.segment(messageId), Map.of()), PATH,
				READ_SCOPE, Message.class);
	}

	/** Posts a message; not retried after 5xx or timeouts, since it may have been posted. */
	public Message create(MessageRequest request) {
		Checks.notNull(request, "request");
		return this.session.post(this.session.uri(PATH, Map.of()), PATH, WRITE_SCOPE, request.fields(),
				Message.class);
	}

}
