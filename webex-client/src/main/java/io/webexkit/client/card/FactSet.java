package io.webexkit.client.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Title and value pairs, shown as a two-column table ({@code FactSet}). */
public record FactSet(List<Fact> facts) implements CardElement {

	public FactSet {
		Cards.notNull(facts, "facts");
		facts = List.copyOf(facts);
		if (facts.isEmpty()) {
			throw new IllegalArgumentException("A fact set needs at least one fact");
		}
	}

	public static FactSet of(Fact... facts) {
		return new FactSet(List.of(Cards.notNull(facts, "facts")));
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "FactSet");
		json.put("facts", this.facts.stream().map(Fact::toJson).toList());
		return Collections.unmodifiableMap(json);
	}

	/** One line of a fact set. */
	public record Fact(String title, String value) {

		public Fact {
			Cards.text(title, "title");
			Cards.notNull(value, "value");
		}

		public static Fact of(String title, String value) {
			return new Fact(title, value);
		}

		Map<String, Object> toJson() {
			return Map.of("title", this.title, "value", this.value);
		}

	}

}
