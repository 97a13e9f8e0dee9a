package io.webexkit.client.card;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph of text ({@code TextBlock}); Webex renders a subset of Markdown in it.
 *
 * @param size null for the default
 * @param weight null for the default
 * @param wrap whether long text wraps (it is cut at the card's edge otherwise)
 * @param isSubtle shown less prominently
 */
public record TextBlock(String text, @Nullable Size size, @Nullable Weight weight, boolean wrap, boolean isSubtle)
		implements CardElement {

	public TextBlock {
		Cards.text(text, "text");
	}

	/** Wrapping text of the default size and weight. */
	public static TextBlock of(String text) {
		return new TextBlock(text, null, null, true, false);
	}

	/** A large, bold line, as a card's title. */
	public static TextBlock heading(String text) {
		return new TextBlock(text, Size.LARGE, Weight.BOLDER, true, false);
	}

	public TextBlock withSize(Size size) {
		return new TextBlock(this.text, Cards.notNull(size, "size"), this.weight, this.wrap, this.isSubtle);
	}

	public TextBlock withWeight(Weight weight) {
		return new TextBlock(this.text, this.size, Cards.notNull(weight, "weight"), this.wrap, this.isSubtle);
	}

	public TextBlock withSubtle(boolean isSubtle) {
		return new TextBlock(this.text, this.size, this.weight, this.wrap, isSubtle);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "TextBlock");
		json.put("text", this.text);
		Cards.putIfSet(json, "size", (this.size != null) ? Cards.wire(this.size) : null);
		Cards.putIfSet(json, "weight", (this.weight != null) ? Cards.wire(this.weight) : null);
		if (this.wrap) {
			json.put("wrap", true);
		}
		if (this.isSubtle) {
			json.put("isSubtle", true);
		}
		return Collections.unmodifiableMap(json);
	}

	/** Text sizes. */
	public enum Size {

		SMALL, DEFAULT, MEDIUM, LARGE, EXTRA_LARGE

	}

	/** Text weights. */
	public enum Weight {

		LIGHTER, DEFAULT, BOLDER

	}

}
