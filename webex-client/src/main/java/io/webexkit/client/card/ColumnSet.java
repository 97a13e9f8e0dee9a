package io.webexkit.client.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Elements side by side ({@code ColumnSet}). */
public record ColumnSet(List<Column> columns) implements CardElement {

	public ColumnSet {
		Cards.notNull(columns, "columns");
		columns = List.copyOf(columns);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A column set needs at least one column");
		}
	}

	public static ColumnSet of(Column... columns) {
		return new ColumnSet(List.of(Cards.notNull(columns, "columns")));
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "ColumnSet");
		json.put("columns", this.columns.stream().map(Column::toJson).toList());
		return Collections.unmodifiableMap(json);
	}

	/**
	 * One column.
	 *
	 * @param width {@code auto}, {@code stretch}, a relative weight such as {@code 2}, or pixels such as
	 * {@code 50px}; null for the default
	 */
	public record Column(@Nullable String width, List<CardElement> items) {

		public Column {
			if (width != null && !width.matches("auto|stretch|[1-9][0-9]{0,3}|[1-9][0-9]{0,3}px")) {
				throw new IllegalArgumentException("width must be auto, stretch, a weight or pixels (50px)");
			}
			Cards.notNull(items, "items");
			items = List.copyOf(items);
		}

		public static Column of(CardElement... items) {
			return new Column(null, List.of(Cards.notNull(items, "items")));
		}

		public Column withWidth(String width) {
			return new Column(Cards.text(width, "width"), this.items);
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("type", "Column");
			Cards.putIfSet(json, "width", this.width);
			json.put("items", this.items.stream().map(CardElement::toJson).toList());
			return Collections.unmodifiableMap(json);
		}

	}

}
