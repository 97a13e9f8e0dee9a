package io.webexkit.client;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads Webex's timestamps ({@code 2026-01-02T03:04:05.678Z}) without a {@code DateTimeFormatter}: a page of 100
 * rooms has 200 of them, and the formatter's general parsing cost more than the rest of the JSON together. Any other
 * ISO-8601 instant still reads through {@link Instant#parse}.
 */
final class InstantDeserializer extends ValueDeserializer<Instant> {

	@Override
	public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
		return read(parser, context);
	}

	/** The instant at the parser's current token, for readers that know the field holds one. */
	static @Nullable Instant read(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (Instant) context.handleUnexpectedToken(Instant.class, parser);
		}
		String text = parser.getString();
		try {
			return parse(text);
		}
		catch (DateTimeException ex) {
			return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
		}
	}

	/** Parses an ISO-8601 instant, quickly when it has Webex's shape. */
	static Instant parse(String text) {
		int length = text.length();
		if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
				|| (length > 20 && (text.charAt(19) != '.' || length == 21))) {
			return Instant.parse(text);
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 7);
		int day = digits(text, 8, 10);
		int hour = digits(text, 11, 13);
		int minute = digits(text, 14, 16);
		int second = digits(text, 17, 19);
		int nanos = 0;
		if (length > 20) {
			int fractionDigits = length - 21;
			nanos = digits(text, 20, length - 1);
			for (int i = fractionDigits; i < 9; i++) {
				nanos *= 10;
			}
		}
		if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59 || nanos < 0) {
			return Instant.parse(text); // not Webex's shape after all: the JDK decides (and explains)
		}
		long epochDay = LocalDate.of(year, month, day).toEpochDay();
		return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
	}

	/** The decimal number in {@code text[from, to)}, or -1 when any of it is not an ASCII digit. */
	private static int digits(String text, int from, int to) {
		int value = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
