package io.webexkit.client.model;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A tab to add to a space, or a tab's new state (a {@code PUT} takes the same three fields). Webex shows only
 * {@code https} pages, so any other {@code contentUrl} is refused here.
 */
public record RoomTabRequest(String roomId, String contentUrl, String displayName) {

	public RoomTabRequest {
		Arguments.text(roomId, "roomId");
		Arguments.text(contentUrl, "contentUrl");
		Arguments.text(displayName, "displayName");
		URI url;
		try {
			url = URI.create(contentUrl);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("contentUrl is not a URL");
		}
		if (url.getScheme() == null || !url.getScheme().toLowerCase(Locale.ROOT).equals("https")
				|| url.getHost() == null) {
			throw new IllegalArgumentException("contentUrl must be an https URL with a host");
		}
	}

	/**
	 * The tab as it is, to change with {@link #withContentUrl} or {@link #withDisplayName}.
	 *
	 * @throws IllegalArgumentException when the tab lacks one of the three fields or its URL is not https
	 */
	public static RoomTabRequest of(RoomTab tab) {
		Arguments.notNull(tab, "tab");
		return new RoomTabRequest(Arguments.text(tab.roomId(), "the tab's roomId"),
				Arguments.text(tab.contentUrl(), "the tab's contentUrl"),
				Arguments.text(tab.displayName(), "the tab's displayName"));
	}

	public RoomTabRequest withContentUrl(String contentUrl) {
		return new RoomTabRequest(this.roomId, contentUrl, this.displayName);
	}

	public RoomTabRequest withDisplayName(String displayName) {
		return new RoomTabRequest(this.roomId, this.contentUrl, displayName);
	}

	/** The JSON members to send, in a fixed order. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("roomId", this.roomId);
		fields.put("contentUrl", this.contentUrl);
		fields.put("displayName", this.displayName);
		return Collections.unmodifiableMap(fields);
	}

}
