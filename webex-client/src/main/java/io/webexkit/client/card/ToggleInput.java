package io.webexkit.client.card;

import java.util.Collections;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A check box ({@code Input.Toggle}) beside {@code title}; submitted as {@code "true"} or {@code "false"}, which
 * {@code AttachmentAction.toggle(id)} reads.
 */
public record ToggleInput(String id, String title, @Nullable String label, boolean value, boolean isRequired,
		@Nullable String errorMessage) implements CardInput {

	public ToggleInput {
		Cards.id(id);
		Cards.text(title, "title");
		InputBuilder.check(label, errorMessage);
	}

	public static Builder builder(String id, String title) {
		return new Builder(id, title);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = InputBuilder.common("Input.Toggle", this);
		json.put("title", this.title);
		if (this.value) {
			json.put("value", "true");
		}
		return Collections.unmodifiableMap(json);
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder extends InputBuilder<Builder> {

		private final String title;

		private boolean value;

		private Builder(String id, String title) {
			super(id);
			this.title = Cards.text(title, "title");
		}

		/** Starts checked. */
		public Builder on() {
			this.value = true;
			return this;
		}

		public ToggleInput build() {
			return new ToggleInput(this.id, this.title, this.label, this.value, this.isRequired, this.errorMessage);
		}

	}

}
