package io.webexkit.client;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InstantDeserializerTests {

	@ParameterizedTest
	@ValueSource(strings = { "2026-01-02T03:04:05Z", "2026-01-02T03:04:05.6Z", "2026-01-02T03:04:05.678Z",
			"2026-01-02T03:04:05.123456789Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00.000Z",
			"1969-12-31T23:59:59.5Z", "2026-01-02T03:04:05+01:00" })
	void parseWhenIsoInstantThenSameAsTheJdk(String text) {
		assertThat(InstantDeserializer.parse(text)).isEqualTo(Instant.parse(text));
	}

	@Test
	void parseWhenManyRandomInstantsThenEachSameAsTheJdk() {
		SplittableRandom random = new SplittableRandom(42);
		for (int i = 0; i < 20_000; i++) {
			Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L),
					(i % 3 == 0) ? 0 : random.nextInt(1_000_000_000));
			String text = instant.toString();
			assertThat(InstantDeserializer.parse(text)).as(text).isEqualTo(instant);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-02-30T03:04:05Z", "2026-13-02T03:04:05Z", "2026-01-02T24:04:05Z",
			"2026-01-02T03:60:05Z", "2026-01-02T03:04:05.67xZ", "2026-0a-02T03:04:05Z",
			"yesterday", "" })
	void parseWhenNotAnInstantThenRejected(String text) {
		assertThatExceptionOfType(DateTimeException.class).isThrownBy(() -> InstantDeserializer.parse(text));
	}

}
