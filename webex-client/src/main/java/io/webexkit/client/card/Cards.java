package io.webexkit.client.card;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Argument checks and JSON helpers shared by the card elements. */
final class Cards {

	private Cards() {
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

	/** Webex clients open and fetch only secure URLs from a card. */
	static URI https(@Nullable URI url, String name) {
		notNull(url, name);
		if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
			throw new IllegalArgumentException(name + " must be an https URL, was " + url.getScheme() + ":...");
		}
		return url;
	}

	/** An input's id: the key of its value in the submission. */
	static String id(@Nullable String id) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("An input needs an id: its value is submitted under it");
		}
		return id;
	}

	static void putIfSet(Map<String, Object> json, String name, @Nullable Object value) {
		if (value != null) {
			json.put(name, value);
		}
	}

	/** {@code EXTRA_LARGE} as {@code extraLarge}: the schema's camel-case names. */
	static String wire(Enum<?> value) {
		String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

}
