package io.webexkit.client.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.webexkit.client.model.FieldMap;

/**
 * A button that submits the card's inputs ({@code Action.Submit}): Webex creates an attachment action holding them,
 * with {@code data} merged in (to tell several buttons apart, say).
 */
public record SubmitAction(String title, FieldMap data) implements CardAction {

	public SubmitAction {
		Cards.text(title, "title");
		data = (data != null) ? data : FieldMap.empty();
	}

	public static SubmitAction of(String title) {
		return new SubmitAction(title, FieldMap.empty());
	}

	/** A button whose submission also carries {@code data} (JSON values). */
	public static SubmitAction of(String title, Map<String, ?> data) {
		return new SubmitAction(title, FieldMap.of(Cards.notNull(data, "data")));
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "Action.Submit");
		json.put("title", this.title);
		if (!this.data.names().isEmpty()) {
			json.put("data", this.data.asMap());
		}
		return Collections.unmodifiableMap(json);
	}

}
