package io.webexkit.client.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The checks of the queries and requests, so every message reads the same; and how optional fields are sent. */
final class Arguments {

	private Arguments() {
	}

	static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	static String text(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	static void optionalText(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank when given");
		}
	}

	/** Webex's page sizes are 1..1000 wherever it takes a {@code max}. */
	static int max(int max) {
		if (max < 1 || max > 1000) {
			throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
		}
		return max;
	}

	static void optionalMax(@Nullable Integer max) {
		if (max != null) {
			max(max);
		}
	}

	/** An immutable copy with no null or blank entry. */
	static List<String> texts(@Nullable List<String> values, String name) {
		notNull(values, name);
		for (String value : values) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must hold no blank entry");
			}
		}
		return List.copyOf(values);
	}

	/** As Webex sends lists: absent is empty, and null entries (never seen) are dropped. */
	static <T> List<T> received(@Nullable List<T> values) {
		return (values != null) ? values.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/** What Webex sent, blank text read as absent: for requests that start from a record. */
	static @Nullable String present(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	static List<String> present(List<String> values) {
		return values.stream().filter((value) -> value != null && !value.isBlank()).toList();
	}

	/** A message's text or markdown: not blank and at most {@value MessageRequest#MAX_TEXT_BYTES} UTF-8 bytes. */
	static String messageText(@Nullable String value, String name) {
		text(value, name);
		int bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
		if (bytes > MessageRequest.MAX_TEXT_BYTES) {
			throw new IllegalArgumentException(
					name + " is " + bytes + " UTF-8 bytes; Webex accepts at most " + MessageRequest.MAX_TEXT_BYTES);
		}
		return value;
	}

	static void putIfSet(Map<String, Object> fields, String name, @Nullable Object value) {
		if (value != null) {
			fields.put(name, value);
		}
	}

}
