package io.webexkit.client.card;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A number field ({@code Input.Number}), optionally bounded; submitted as its decimal text. */
public record NumberInput(String id, @Nullable String label, @Nullable String placeholder, @Nullable BigDecimal min,
		@Nullable BigDecimal max, @Nullable BigDecimal value, boolean isRequired, @Nullable String errorMessage)
		implements CardInput {

	public NumberInput {
		Cards.id(id);
		InputBuilder.check(label, errorMessage);
		Cards.optionalText(placeholder, "placeholder");
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw new IllegalArgumentException("min must not be above max");
		}
		if (value != null && ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0))) {
			throw new IllegalArgumentException("value must be between min and max");
		}
	}

	public static Builder builder(String id) {
		return new Builder(id);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = InputBuilder.common("Input.Number", this);
		Cards.putIfSet(json, "placeholder", this.placeholder);
		Cards.putIfSet(json, "min", this.min);
		Cards.putIfSet(json, "max", this.max);
		Cards.putIfSet(json, "value", this.value);
		return Collections.unmodifiableMap(json);
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder extends InputBuilder<Builder> {

		private @Nullable String placeholder;

		private @Nullable BigDecimal min;

		private @Nullable BigDecimal max;

		private @Nullable BigDecimal value;

		private Builder(String id) {
			super(id);
		}

		public Builder placeholder(String placeholder) {
			this.placeholder = Cards.text(placeholder, "placeholder");
			return this;
		}

		public Builder min(long min) {
			this.min = BigDecimal.valueOf(min);
			return this;
		}

		public Builder max(long max) {
			this.max = BigDecimal.valueOf(max);
			return this;
		}

		public Builder value(BigDecimal value) {
			this.value = Cards.notNull(value, "value");
			return this;
		}

		/** @throws IllegalArgumentException when min is above max or the value outside them */
		public NumberInput build() {
			return new NumberInput(this.id, this.label, this.placeholder, this.min, this.max, this.value,
					this.isRequired, this.errorMessage);
		}

	}

}
