package io.webexkit.app.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.webexkit.spring.MutableClock;
import io.webexkit.spring.TestKeys;
import io.webexkit.spring.TokenKeyRing;

import static org.assertj.core.api.Assertions.assertThat;

class SealedValuesTests {

	private final String oldKey = TestKeys.random();

	private final String newKey = TestKeys.random();

	private final SealedValues sessions = new SealedValues(ring(this.oldKey), "session");

	@Test
	void openWhenSealedHereThenThePayloadComesBackAndTheValueShowsNothingOfIt() {
		byte[] payload = "Sam Example <sam@example.com>".getBytes(StandardCharsets.UTF_8);
		String value = this.sessions.seal(payload);
		assertThat(value).startsWith(SealedValues.PREFIX).doesNotContain("Sam", "example");
		assertThat(this.sessions.open(value)).hasValueSatisfying((opened) -> assertThat(opened).isEqualTo(payload));
	}

	@Test
	void sealWhenTheSamePayloadTwiceThenTheValuesDiffer() {
		byte[] payload = { 1, 2, 3 };
		assertThat(this.sessions.seal(payload)).isNotEqualTo(this.sessions.seal(payload));
	}

	@Test
	@Tag("F1")
	void openWhenAnyCharacterOfTheSealedPartIsChangedThenNothingOpens() { // F1
		String value = this.sessions.seal("person".getBytes(StandardCharsets.UTF_8));
		int sealedPart = value.lastIndexOf('.') + 1;
		for (int i = sealedPart; i < value.length(); i++) {
			char c = value.charAt(i);
			String altered = value.substring(0, i) + ((c == 'A') ? 'B' : 'A') + value.substring(i + 1);
			assertThat(this.sessions.open(altered)).as("changed at %d", i).isEmpty();
		}
	}

	@Test
	@Tag("F1")
	void openWhenSealedForAnotherPurposeThenNothingOpens() { // F1
		SealedValues pendingGrants = new SealedValues(ring(this.oldKey), "pending grant");
		String value = pendingGrants.seal("state".getBytes(StandardCharsets.UTF_8));
		assertThat(this.sessions.open(value)).isEmpty();
		assertThat(pendingGrants.open(value)).isPresent();
	}

	@Test
	void openWhenTheRingIsRotatedThenOldValuesStillOpenAndNewOnesUseTheNewKey() {
		String before = this.sessions.seal(new byte[] { 7 });
		SealedValues rotated = new SealedValues(ring(this.newKey, this.oldKey), "session");
		String after = rotated.seal(new byte[] { 8 });
		assertThat(rotated.open(before)).hasValueSatisfying((bytes) -> assertThat(bytes).containsExactly(7));
		assertThat(after.substring(0, after.lastIndexOf('.'))).isNotEqualTo(before.substring(0, before.lastIndexOf('.')));
		assertThat(this.sessions.open(after)).as("the old ring does not know the new key").isEmpty();
	}

	@Test
	void openWhenTheKeyHasLeftTheRingThenNothingOpens() {
		String before = this.sessions.seal(new byte[] { 7 });
		assertThat(new SealedValues(ring(this.newKey), "session").open(before)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "wxs1.", "wxs1..", "wxs1.nokey.AAAA", "wxs1.%s.", "wxs1.%s.!!!!", "wxs1.%s.AAAA",
			"wxs1.%s", "WXS1.%s.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "SESSION", "d3hzMS4=" })
	@Tag("F1")
	void openWhenMalformedThenEmptyNeverAnException(String template) { // F1
		String keyId = ring(this.oldKey).current().id();
		assertThat(this.sessions.open(template.formatted(keyId))).isEmpty();
	}

	@Test
	@Tag("F15")
	void openWhenOlderThanItsLifetimeThenNothingOpensWhateverTheCookieSaid() { // F15
		MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
		SealedValues flash = new SealedValues(ring(this.oldKey), "flash", clock);
		String value = flash.seal(new byte[] { 7 });
		clock.advance(Duration.ofSeconds(59));
		assertThat(flash.open(value, Duration.ofMinutes(1))).isPresent();
		clock.advance(Duration.ofSeconds(1));
		assertThat(flash.open(value, Duration.ofMinutes(1))).as("a minute old").isEmpty();
		assertThat(flash.open(value)).as("without a lifetime").isPresent();

		MutableClock behind = new MutableClock(Instant.parse("2026-03-01T08:50:00Z"));
		assertThat(new SealedValues(ring(this.oldKey), "flash", behind).open(flash.seal(new byte[] { 8 }),
				Duration.ofHours(1))).as("sealed ten minutes in this instance's future").isEmpty();
	}

	private static TokenKeyRing ring(String... keys) {
		return TestKeys.ring(keys);
	}

}
