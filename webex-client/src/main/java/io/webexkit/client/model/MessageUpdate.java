package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The new text of one's own message, sent with {@code PUT}: the message's space and a text and/or markdown of at most
 * {@value MessageRequest#MAX_TEXT_BYTES} UTF-8 bytes each. Files and cards cannot be edited.
 */
public record MessageUpdate(String roomId, @Nullable String text, @Nullable String markdown) {

	public MessageUpdate {
		Arguments.text(roomId, "roomId");
		if (text == null && markdown == null) {
			throw new IllegalArgumentException("An edit needs text or markdown");
		}
		if (text != null) {
			Arguments.messageText(text, "text");
		}
		if (markdown != null) {
			Arguments.messageText(markdown, "markdown");
		}
	}

	/** New plain text for a message of the space {@code roomId}. */
	public static MessageUpdate text(String roomId, String text) {
		return new MessageUpdate(roomId, Arguments.text(text, "text"), null);
	}

	/** New markdown for a message of the space {@code roomId}. */
	public static MessageUpdate markdown(String roomId, String markdown) {
		return new MessageUpdate(roomId, null, Arguments.text(markdown, "markdown"));
	}

	/** The JSON members to send, in a fixed order. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("roomId", this.roomId);
		Arguments.putIfSet(fields, "text", this.text);
		Arguments.putIfSet(fields, "markdown", this.markdown);
		return Collections.unmodifiableMap(fields);
	}

	@Override
	public String toString() {
		return "MessageUpdate" + fields().keySet();
	}


}
