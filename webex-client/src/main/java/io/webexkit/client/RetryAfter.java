package io.webexkit.client;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/** The one parser of {@code Retry-After}: delay-seconds or HTTP-date, with a default and a floor. */
final class RetryAfter {

	/** Used when the value is missing or malformed (Webex has sent {@code rand(30),add(30)}). */
	static final Duration DEFAULT = Duration.ofSeconds(15);

	/** Never hammer: a zero, negative or past value still waits this long. */
	static final Duration FLOOR = Duration.ofSeconds(1);

	private RetryAfter() {
	}

	static Duration parse(@Nullable String value, Instant now) {
		Duration wait = parseOrDefault((value != null) ? value.trim() : "", now);
		return (wait.compareTo(FLOOR) < 0) ? FLOOR : wait;
	}

	private static Duration parseOrDefault(String value, Instant now) {
		if (value.isEmpty()) {
			return DEFAULT;
		}
		if (value.chars().allMatch(Character::isDigit)) {
			// Too many digits to be a sane delay (and to fit a long): treat as malformed.
			return (value.length() <= 8) ? Duration.ofSeconds(Long.parseLong(value)) : DEFAULT;
		}
		try {
			Instant until = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return Duration.between(now, until);
		}
		catch (DateTimeParseException ex) {
			return DEFAULT;
		}
	}

}
