package io.webexkit.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.webexkit.client.model.Room;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON reading and writing. Webex adds fields over time and omits others (such as
 * {@code isLocked}) freely, so unknown fields are ignored and missing booleans read as false.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
		.addModule(new SimpleModule("webex-readers").addDeserializer(Instant.class, new InstantDeserializer())
			.addDeserializer(Room.class, new RoomReader()))
		.build();

	/** One reader per item type, for the {@code {"items": [...]}} envelope of every list. */
	private static final ConcurrentMap<Class<?>, ObjectReader> ITEMS_READERS = new ConcurrentHashMap<>();

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

	/**
	 * A JSON object that did not come as an API response (a webhook delivery): the error names {@code what} and the
	 * parser's exception type, never the body, which may hold personal data or come from anyone.
	 */
	static <T> T readObject(byte[] body, Class<T> type, String what) {
		T value;
		try {
			value = MAPPER.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new WebexException("Unreadable " + what + " (" + ex.getClass().getSimpleName() + ")", null);
		}
		if (value == null) {
			throw new WebexException("Unreadable " + what + " (not a JSON object)", null);
		}
		return value;
	}

	/**
	 * The items of a list response, read straight into their type (no intermediate tree); a response without
	 * {@code items} has none, and null entries are skipped.
	 */
	static <T> List<T> items(RawResponse response, Class<T> type, String trackingId) {
		try {
			Items<T> envelope = ITEMS_READERS
				.computeIfAbsent(type,
						(itemType) -> MAPPER.readerFor(MAPPER.getTypeFactory().constructParametricType(Items.class, itemType)))
				.readValue(response.body());
			List<@Nullable T> items = (envelope != null) ? envelope.items() : null;
			return (items != null) ? items.stream().filter(Objects::nonNull).map(Objects::requireNonNull).toList()
					: List.of();
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

	/** The envelope of a list response. */
	record Items<T>(@Nullable List<@Nullable T> items) {
	}

}
