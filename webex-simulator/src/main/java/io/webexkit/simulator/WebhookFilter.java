package io.webexkit.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A webhook's {@code filter}: {@code key=value} pairs joined by {@code &}, values URL-encoded, e.g.
 * {@code roomId=Y2lz...&personEmail=sam.patel%40example.com}. The simulated Webex applies {@code roomId},
 * {@code roomType}, {@code personId} and {@code personEmail} (case-insensitively) to the event's {@code data}; other
 * keys (such as {@code mentionedPeople} or {@code hasFiles}) are accepted and ignored rather than refused.
 */
final class WebhookFilter {

	static final Set<String> APPLIED = Set.of("roomId", "roomType", "personId", "personEmail");

	private final Map<String, String> conditions;

	private WebhookFilter(Map<String, String> conditions) {
		this.conditions = conditions;
	}

	/** The filter's conditions the simulator applies; an absent or blank filter matches everything. */
	static WebhookFilter parse(@Nullable String filter) {
		Map<String, String> conditions = new LinkedHashMap<>();
		if (filter != null) {
			for (String pair : filter.split("&")) {
				int eq = pair.indexOf('=');
				if (eq <= 0) {
					continue;
				}
				String key = decode(pair.substring(0, eq));
				if (APPLIED.contains(key)) {
					conditions.put(key, decode(pair.substring(eq + 1)));
				}
			}
		}
		return new WebhookFilter(Map.copyOf(conditions));
	}

	/** Whether an event with this {@code data} passes every applied condition. */
	boolean matches(Map<String, Object> data) {
		for (Map.Entry<String, String> condition : this.conditions.entrySet()) {
			Object value = data.get(condition.getKey());
			if (value == null) {
				return false;
			}
			boolean equal = "personEmail".equals(condition.getKey())
					? condition.getValue().equalsIgnoreCase(value.toString())
					: condition.getValue().equals(value.toString());
			if (!equal) {
				return false;
			}
		}
		return true;
	}

	private static String decode(String value) {
		try {
			// a '+' stays a '+': Webex ids are standard base64, and filters often carry them unencoded
			return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// a stray '%': take it as written
			return value;
		}
	}

}
