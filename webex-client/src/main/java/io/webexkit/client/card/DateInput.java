package io.webexkit.client.card;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A date picker ({@code Input.Date}); submitted as {@code yyyy-MM-dd}. */
public record DateInput(String id, @Nullable String label, @Nullable LocalDate min, @Nullable LocalDate max,
		@Nullable LocalDate value, boolean isRequired, @Nullable String errorMessage) implements CardInput {

	public DateInput {
		Cards.id(id);
		InputBuilder.check(label, errorMessage);
		if (min != null && max != null && min.isAfter(max)) {
			throw new IllegalArgumentException("min must not be after max");
		}
		if (value != null && ((min != null && value.isBefore(min)) || (max != null && value.isAfter(max)))) {
			throw new IllegalArgumentException("value must be between min and max");
		}
	}

	public static Builder builder(String id) {
		return new Builder(id);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = InputBuilder.common("Input.Date", this);
		Cards.putIfSet(json, "min", (this.min != null) ? this.min.toString() : null);
		Cards.putIfSet(json, "max", (this.max != null) ? this.max.toString() : null);
		Cards.putIfSet(json, "value", (this.value != null) ? this.value.toString() : null);
		return Collections.unmodifiableMap(json);
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder extends InputBuilder<Builder> {

		private @Nullable LocalDate min;

		private @Nullable LocalDate max;

		private @Nullable LocalDate value;

		private Builder(String id) {
			super(id);
		}

		public Builder min(LocalDate min) {
			this.min = Cards.notNull(min, "min");
			return this;
		}

		public Builder max(LocalDate max) {
			this.max = Cards.notNull(max, "max");
			return this;
		}

		public Builder value(LocalDate value) {
			this.value = Cards.notNull(value, "value");
			return this;
		}

		/** @throws IllegalArgumentException when min is after max or the value outside them */
		public DateInput build() {
			return new DateInput(this.id, this.label, this.min, this.max, this.value, this.isRequired,
					this.errorMessage);
		}

	}

}
