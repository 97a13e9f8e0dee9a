package io.webexkit.client.card;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A choice among values ({@code Input.ChoiceSet}): a drop-down, or radio buttons when expanded; check boxes for a
 * multi-select, whose values are submitted comma-separated ({@code AttachmentAction.choices(id)} splits them). A value
 * holding a comma would be ambiguous there and is refused for a multi-select.
 *
 * @param value the choice selected at first, or several comma-separated for a multi-select
 */
public record ChoiceSetInput(String id, @Nullable String label, List<Choice> choices, boolean isMultiSelect,
		boolean expanded, @Nullable String value, boolean isRequired, @Nullable String errorMessage)
		implements CardInput {

	public ChoiceSetInput {
		Cards.id(id);
		InputBuilder.check(label, errorMessage);
		Cards.notNull(choices, "choices");
		choices = List.copyOf(choices);
		if (choices.isEmpty()) {
			throw new IllegalArgumentException("A choice set needs at least one choice");
		}
		Set<String> values = new HashSet<>();
		for (Choice choice : choices) {
			if (!values.add(choice.value())) {
				throw new IllegalArgumentException("Choice values must be unique: " + choice.value() + " twice");
			}
			if (isMultiSelect && choice.value().contains(",")) {
				throw new IllegalArgumentException("A multi-select's values must not hold commas");
			}
		}
		if (value != null) {
			for (String selected : isMultiSelect ? value.split(",") : new String[] { value }) {
				if (!values.contains(selected)) {
					throw new IllegalArgumentException("value must be one of the choices");
				}
			}
		}
	}

	public static Builder builder(String id) {
		return new Builder(id);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = InputBuilder.common("Input.ChoiceSet", this);
		json.put("choices", this.choices.stream().map((choice) -> Map.of("title", choice.title(), "value", choice.value()))
			.toList());
		if (this.isMultiSelect) {
			json.put("isMultiSelect", true);
		}
		if (this.expanded) {
			json.put("style", "expanded");
		}
		Cards.putIfSet(json, "value", this.value);
		return Collections.unmodifiableMap(json);
	}

	/** One choice: {@code title} is shown, {@code value} submitted. */
	public record Choice(String title, String value) {

		public Choice {
			Cards.text(title, "title");
			Cards.text(value, "value");
		}

	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder extends InputBuilder<Builder> {

		private final List<Choice> choices = new ArrayList<>();

		private boolean isMultiSelect;

		private boolean expanded;

		private @Nullable String value;

		private Builder(String id) {
			super(id);
		}

		public Builder choice(String title, String value) {
			this.choices.add(new Choice(title, value));
			return this;
		}

		/** Several may be chosen. */
		public Builder multiSelect() {
			this.isMultiSelect = true;
			return this;
		}

		/** Radio buttons or check boxes instead of a drop-down. */
		public Builder expanded() {
			this.expanded = true;
			return this;
		}

		/** Selected at first. */
		public Builder value(String value) {
			this.value = Cards.text(value, "value");
			return this;
		}

		/** @throws IllegalArgumentException for no choice, a value twice or a selection that is no choice */
		public ChoiceSetInput build() {
			return new ChoiceSetInput(this.id, this.label, this.choices, this.isMultiSelect, this.expanded, this.value,
					this.isRequired, this.errorMessage);
		}

	}

}
