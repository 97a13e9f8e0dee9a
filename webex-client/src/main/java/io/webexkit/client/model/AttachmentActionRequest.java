package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A card submission to make on someone's behalf: the {@code inputs} of the card in message {@code messageId}, sent as
 * Webex's one action type, {@code submit}.
 */
public record AttachmentActionRequest(String messageId, FieldMap inputs) {

	public AttachmentActionRequest {
		Arguments.text(messageId, "messageId");
		Arguments.notNull(inputs, "inputs");
	}

	/** A submission of these input values (strings, as Webex's own inputs send them, or other JSON values). */
	public static AttachmentActionRequest of(String messageId, Map<String, ?> inputs) {
		return new AttachmentActionRequest(messageId, FieldMap.of(Arguments.notNull(inputs, "inputs")));
	}

	/** The JSON members to send, in a fixed order. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", "submit");
		fields.put("messageId", this.messageId);
		fields.put("inputs", this.inputs.asMap());
		return Collections.unmodifiableMap(fields);
	}

}
