package io.webexkit.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out with the simulator's own mapper, so the host application's Jackson settings cannot change the
 * wire format.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Json() {
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	static JsonNode read(String body) {
		return MAPPER.readTree(body);
	}

	/** Webex's timestamp form: ISO-8601 UTC with milliseconds. */
	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	/** The gateway error shape plus the OAuth {@code error} member when there is one. */
	static Map<String, Object> error(String message, String trackingId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", message);
		body.put("errors", List.of(Map.of("description", message)));
		body.put("trackingId", trackingId);
		return body;
	}

	static Map<String, Object> oauthError(String error, String description, String trackingId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		body.putAll(error(description, trackingId));
		return body;
	}

}
