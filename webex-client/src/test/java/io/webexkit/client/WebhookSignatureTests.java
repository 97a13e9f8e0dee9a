package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignatureTests {

	private static final String SECRET = "s3cret-ÄÖ";

	/** A delivery as it comes off the wire. */
	private static final String BODY = "{\"id\":\"w1\",\"resource\":\"messages\",\"event\":\"created\","
			+ "\"data\":{\"id\":\"m1\",\"roomId\":\"r1\",\"personEmail\":\"alice@example.com\"}}";

	/**
	 * Computed once outside Java, so the test does not check the code against itself:
	 * {@code printf '%s' "$BODY" | openssl dgst -sha1 -hmac "s3cret-ÄÖ"} (a UTF-8 terminal), and
	 * with python3 {@code hmac.new(secret.encode("utf-8"), body.encode("utf-8"), hashlib.sha1).hexdigest()}.
	 */
	private static final String BODY_SIGNATURE = "4968185d06f1a6cb152563de8bd512cc11e6d91f";

	@Test
	void signWhenBodyAndSecretAreFixedThenTheKnownLowerCaseHexAnswer() {
		assertThat(WebhookSignature.sign(bytes(BODY), SECRET)).isEqualTo(BODY_SIGNATURE);
	}

	@Test
	void signWhenRfc2202TestCaseTwoThenItsPublishedDigest() {
		// RFC 2202, HMAC-SHA1 test case 2: key "Jefe", data "what do ya want for nothing?".
		assertThat(WebhookSignature.sign(bytes("what do ya want for nothing?"), "Jefe"))
			.isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
	}

	@Test
	void matchesWhenTheHeaderIsTheKnownSignatureThenTrue() {
		assertThat(WebhookSignature.matches(bytes(BODY), BODY_SIGNATURE, SECRET)).isTrue();
	}

	@Test
	void matchesWhenTheHeaderIsUpperCaseHexThenTrue() {
		assertThat(WebhookSignature.matches(bytes(BODY), BODY_SIGNATURE.toUpperCase(Locale.ROOT), SECRET)).isTrue();
	}

	@Test
	void matchesWhenOneByteOfTheBodyIsFlippedThenFalse() {
		for (int i = 0; i < BODY.length(); i++) {
			byte[] tampered = bytes(BODY);
			tampered[i] ^= 0x01;

			assertThat(WebhookSignature.matches(tampered, BODY_SIGNATURE, SECRET)).as("byte %d flipped", i).isFalse();
		}
	}

	@Test
	void matchesWhenTheSameJsonWasWrittenAgainThenFalseSinceOnlyTheRawBytesAreSigned() {
		String spaced = "{\"id\": \"w1\", \"resource\": \"messages\", \"event\": \"created\", "
				+ "\"data\": {\"id\": \"m1\", \"roomId\": \"r1\", \"personEmail\": \"alice@example.com\"}}";
		String reordered = "{\"resource\":\"messages\",\"id\":\"w1\",\"event\":\"created\","
				+ "\"data\":{\"roomId\":\"r1\",\"id\":\"m1\",\"personEmail\":\"alice@example.com\"}}";

		assertThat(WebhookSignature.matches(bytes(spaced), BODY_SIGNATURE, SECRET)).isFalse();
		assertThat(WebhookSignature.matches(bytes(reordered), BODY_SIGNATURE, SECRET)).isFalse();
		assertThat(WebhookSignature.matches(bytes(BODY + "\n"), BODY_SIGNATURE, SECRET)).isFalse();
	}

	@Test
	void matchesWhenTheSecretIsWrongThenFalse() {
		assertThat(WebhookSignature.matches(bytes(BODY), BODY_SIGNATURE, "s3cret-AO")).isFalse();
		assertThat(WebhookSignature.matches(bytes(BODY), BODY_SIGNATURE, "s3cret")).isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "   ", "sha1=0123456789abcdef0123456789abcdef01234567", "0123456789abcdef",
			"0123456789abcdef0123456789abcdef0123456789", "zz23456789abcdef0123456789abcdef01234567",
			"+123456789abcdef0123456789abcdef01234567" })
	void matchesWhenTheHeaderIsMissingBlankOrNotFortyHexDigitsThenFalse(String header) {
		assertThat(WebhookSignature.matches(bytes(BODY), header, SECRET)).isFalse();
	}

	@Test
	void matchesWhenTheHeaderIsTheSignatureOfAnotherBodyThenFalse() {
		String other = WebhookSignature.sign(bytes("{}"), SECRET);

		assertThat(other).hasSize(40).matches("[0-9a-f]{40}");
		assertThat(WebhookSignature.matches(bytes(BODY), other, SECRET)).isFalse();
	}

	@Test
	void matchesWhenSecretIsBlankOrBodyNullThenRejectedAsAConfigurationError() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.matches(bytes(BODY), BODY_SIGNATURE, ""))
			.withMessage("secret must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.matches(null, BODY_SIGNATURE, SECRET));
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.sign(bytes(BODY), null));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
