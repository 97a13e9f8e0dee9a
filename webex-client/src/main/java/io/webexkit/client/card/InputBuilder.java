package io.webexkit.client.card;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What every input's builder sets: its id, label and whether it is required. */
abstract class InputBuilder<B extends InputBuilder<B>> {

	final String id;

	@Nullable String label;

	boolean isRequired;

	@Nullable String errorMessage;

	InputBuilder(String id) {
		this.id = Cards.id(id);
	}

	/** The text shown above the input (schema 1.3). */
	public B label(String label) {
		this.label = Cards.text(label, "label");
		return self();
	}

	/** The card cannot be submitted while the input is empty or invalid (schema 1.3). */
	public B required() {
		this.isRequired = true;
		return self();
	}

	/** As {@link #required()}, the Webex app showing {@code errorMessage} until it is filled in. */
	public B required(String errorMessage) {
		this.errorMessage = Cards.text(errorMessage, "errorMessage");
		return required();
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

	/** The members every input has, in the schema's order. */
	static Map<String, Object> common(String type, CardInput input) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", type);
		json.put("id", input.id());
		Cards.putIfSet(json, "label", input.label());
		if (input.isRequired()) {
			json.put("isRequired", true);
		}
		Cards.putIfSet(json, "errorMessage", input.errorMessage());
		return json;
	}

	static void check(@Nullable String label, @Nullable String errorMessage) {
		Cards.optionalText(label, "label");
		Cards.optionalText(errorMessage, "errorMessage");
	}

}
