package io.webexkit.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** Argument checks used by all builders, so every message reads the same. */
final class Checks {

	private Checks() {
	}

	static <T> T notNull(@Nullable T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		return value;
	}

	static String notBlank(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	static Duration positive(@Nullable Duration value, String name) {
		notNull(value, name);
		if (value.isNegative() || value.isZero()) {
			throw new IllegalArgumentException(name + " must be positive, was " + value);
		}
		return value;
	}

	/** A page size: Webex takes 1..1000 wherever it takes a {@code max}. */
	static int max(int max) {
		if (max < 1 || max > 1000) {
			throw new IllegalArgumentException("max must be between 1 and 1000, was " + max);
		}
		return max;
	}

	static int notNegative(int value, String name) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + value);
		}
		return value;
	}

	/** Header values must be visible ASCII so they can neither break nor inject headers. */
	static String headerSafe(@Nullable String value, String name) {
		notBlank(value, name);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7e) {
				throw new IllegalArgumentException(name + " must be printable ASCII");
			}
		}
		return value;
	}

}
