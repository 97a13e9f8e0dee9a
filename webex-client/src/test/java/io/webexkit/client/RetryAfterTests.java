package io.webexkit.client;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTests {

	private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "3|3", " 3600 |3600", "0|1", "Wed, 01 May 2024 10:00:42 GMT|42",
			"Wed, 01 May 2024 09:00:00 GMT|1", "rand(30),add(30)|15", "-5|15", "1.5|15", "''|15",
			"999999999999999999999|15" })
	void parseWhenValueIsGivenThenSecondsDateOrDefaultWithFloor(String value, long expectedSeconds) {
		assertThat(RetryAfter.parse(value, NOW)).isEqualTo(Duration.ofSeconds(expectedSeconds));
	}

	@Test
	void parseWhenHeaderIsMissingThenDefault() {
		assertThat(RetryAfter.parse(null, NOW)).isEqualTo(Duration.ofSeconds(15));
	}

}
