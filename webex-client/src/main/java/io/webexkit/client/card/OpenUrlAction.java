package io.webexkit.client.card;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A button that opens an https URL ({@code Action.OpenUrl}). */
public record OpenUrlAction(String title, URI url) implements CardAction {

	public OpenUrlAction {
		Cards.text(title, "title");
		Cards.https(url, "url");
	}

	public static OpenUrlAction of(String title, URI url) {
		return new OpenUrlAction(title, url);
	}

	@Override
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("type", "Action.OpenUrl");
		json.put("title", this.title);
		json.put("url", this.url.toString());
		return Collections.unmodifiableMap(json);
	}

}
