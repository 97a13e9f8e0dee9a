package io.webexkit.client.card;

import java.util.Collections;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A text field ({@code Input.Text}); its value is submitted as typed.
 *
 * @param regex a pattern the Webex app holds the value to before submitting (schema 1.3)
 * @param value what the field starts with
 */
public record TextInput(String id, @Nullable String label, @Nullable String placeholder, boolean isMultiline,
		@Nullable Integer maxLength, @Nullable String regex, @Nullable String value, boolean isRequired,
		@Nullable String errorMessage) implements CardInput {

	public TextInput {
		Cards.id(id);
		InputBuilder.check(label, errorMessage);
		Cards.optionalText(placeholder, "placeholder");
		Cards.optionalText(regex, "regex");
		if (maxLength != null && maxLength < 1) {
			throw new IllegalArgumentException("maxLength must be positive, was " + maxLength);
		}
		if (maxLength != null && value != null && value.length() > maxLength) {
			throw new IllegalArgumentException("value is longer than maxLength");
		}
	}

	public static Builder builder(String id) {
		return new Builder(id);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = InputBuilder.common("Input.Text", this);
		Cards.putIfSet(json, "placeholder", this.placeholder);
		if (this.isMultiline) {
			json.put("isMultiline", true);
		}
		Cards.putIfSet(json, "maxLength", this.maxLength);
		Cards.putIfSet(json, "regex", this.regex);
		Cards.putIfSet(json, "value", this.value);
		return Collections.unmodifiableMap(json);
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder extends InputBuilder<Builder> {

		private @Nullable String placeholder;

		private boolean isMultiline;

		private @Nullable Integer maxLength;

		private @Nullable String regex;

		private @Nullable String value;

		private Builder(String id) {
			super(id);
		}

		public Builder placeholder(String placeholder) {
			this.placeholder = Cards.text(placeholder, "placeholder");
			return this;
		}

		public Builder multiline() {
			this.isMultiline = true;
			return this;
		}

		public Builder maxLength(int maxLength) {
			if (maxLength < 1) {
				throw new IllegalArgumentException("maxLength must be positive, was " + maxLength);
			}
			this.maxLength = maxLength;
			return this;
		}

		public Builder regex(String regex) {
			this.regex = Cards.text(regex, "regex");
			return this;
		}

		public Builder value(String value) {
			this.value = Cards.notNull(value, "value");
			return this;
		}

		public TextInput build() {
			return new TextInput(this.id, this.label, this.placeholder, this.isMultiline, this.maxLength, this.regex,
					this.value, this.isRequired, this.errorMessage);
		}

	}

}
