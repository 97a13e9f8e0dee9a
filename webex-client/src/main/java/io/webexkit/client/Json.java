package io.webexkit.client;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON reading and writing. Webex adds fields over time and omits others (such as
 * {@code isLocked}) freely, so unknown fields are ignored and missing booleans read as false.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.build();

	private Json() {
	}

	static <T> T read(RawResponse response, Class<T> type, String trackingId) {
		try {
			return MAPPER.readValue(response.body(), type);
		}
		catch (JacksonException ex) {
			throw unreadable(type, trackingId, ex);
		}
	}

	static <T> List<T> items(RawResponse response, Class<T> type, String trackingId) {
		try {
			JsonNode items = MAPPER.readTree(response.body()).path("items");
			List<T> result = new ArrayList<>(items.size());
			for (JsonNode item : items) {
				result.add(MAPPER.treeToValue(item, type));
			}
			return List.copyOf(result);
		}
		catch (JacksonException ex) {
			throw unreadable(type, trackingId, ex);
		}
	}

	/** Never throws: error bodies may be HTML, truncated or empty. */
	static @Nullable JsonNode tryTree(byte[] body) {
		try {
			JsonNode node = MAPPER.readTree(body);
			return (node != null && node.isObject()) ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	private static WebexException unreadable(Class<?> type, String trackingId, JacksonException ex) {
		// The cause's message can quote the body; keep only its type.
		return new WebexException("Unreadable Webex response for " + type.getSimpleName() + " ("
				+ ex.getClass().getSimpleName() + ")", trackingId);
	}

}
