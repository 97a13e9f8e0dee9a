package io.webexkit.client.card;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An image the Webex app fetches from an https URL.
 *
 * @param altText what screen readers say
 * @param size null for the default ({@code auto})
 */
public record Image(URI url, @Nullable String altText, @Nullable Size size) implements CardElement {

	public Image {
		Cards.https(url, "url");
		Cards.optionalText(altText, "altText");
	}

	/** The image at {@code url}, described by {@code altText}. */
	public static Image of(URI url, String altText) {
		return new Image(url, Cards.text(altText, "altText"), null);
	}

	public Image withSize(Size size) {
		return new Image(this.url, this.altText, Cards.notNull(size, "size"));
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "Image");
		json.put("url", this.url.toString());
		Cards.putIfSet(json, "altText", this.altText);
		Cards.putIfSet(json, "size", (this.size != null) ? Cards.wire(this.size) : null);
		return Collections.unmodifiableMap(json);
	}

	/** Image sizes. */
	public enum Size {

		AUTO, STRETCH, SMALL, MEDIUM, LARGE

	}

}
