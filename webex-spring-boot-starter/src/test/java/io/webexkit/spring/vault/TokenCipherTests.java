package io.webexkit.spring.vault;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.webexkit.spring.TestKeys;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.TokenKeyUnavailableException;
import io.webexkit.spring.vault.TokenCipher.TokenDecryptionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenCipherTests {

	private static final String TOKEN = "NmQ0ZTc5YjEtYzYxMS00NTVkLWFjMTEtZjA5NDM1ZjIzNjZj_PF84_0aa0b9f1";

	@Test
	void encryptWhenCalledThenCiphertextHoldsNoPlaintextAndRoundTrips() { // E1
		TokenCipher cipher = new TokenCipher(ring(TestKeys.random()));
		byte[] sealed = cipher.encrypt(TOKEN, "row-1");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
		assertThat(cipher.decrypt(sealed, cipher.currentKeyId(), "row-1")).isEqualTo(TOKEN);
	}

	@Test
	void encryptWhenSameValueTwiceThenDifferentCiphertexts() {
		TokenCipher cipher = new TokenCipher(ring(TestKeys.random()));
		assertThat(cipher.encrypt(TOKEN, "a")).isNotEqualTo(cipher.encrypt(TOKEN, "a"));
	}

	@Test
	void decryptWhenAByteIsFlippedThenDetected() { // E2
		TokenCipher cipher = new TokenCipher(ring(TestKeys.random()));
		byte[] sealed = cipher.encrypt(TOKEN, "row-1");
		for (int i = 0; i < sealed.length; i++) {
			byte[] tampered = sealed.clone();
			tampered[i] ^= 0x01;
			assertThatExceptionOfType(TokenDecryptionException.class)
				.isThrownBy(() -> cipher.decrypt(tampered, cipher.currentKeyId(), "row-1"));
		}
	}

	@Test
	void decryptWhenCiphertextMovedToAnotherRowThenDetected() { // E2
		TokenCipher cipher = new TokenCipher(ring(TestKeys.random()));
		byte[] sealed = cipher.encrypt(TOKEN, "alice/access");
		assertThatExceptionOfType(TokenDecryptionException.class)
			.isThrownBy(() -> cipher.decrypt(sealed, cipher.currentKeyId(), "mallory/access"));
	}

	@Test
	void decryptWhenKeyRotatedThenOldRowsStillDecryptAndNewWritesUseNewKey() { // E3
		String oldKey = TestKeys.random();
		TokenCipher before = new TokenCipher(ring(oldKey));
		byte[] old = before.encrypt(TOKEN, "row");
		TokenCipher after = new TokenCipher(TokenKeyRing.load(TestKeys.random() + "," + oldKey, java.nio.file.Path.of("."), false));
		assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
		assertThat(after.decrypt(old, before.currentKeyId(), "row")).isEqualTo(TOKEN);
		assertThat(after.decrypt(after.encrypt(TOKEN, "row"), after.currentKeyId(), "row")).isEqualTo(TOKEN);
	}

	@Test
	void decryptWhenKeyIdUnknownThenKeyUnavailableRatherThanTampered() { // E3
		TokenCipher cipher = new TokenCipher(ring(TestKeys.random()));
		byte[] sealed = cipher.encrypt(TOKEN, "row");
		TokenCipher other = new TokenCipher(ring(TestKeys.random()));
		assertThatExceptionOfType(TokenKeyUnavailableException.class)
			.isThrownBy(() -> other.decrypt(sealed, cipher.currentKeyId(), "row"))
			.satisfies((ex) -> assertThat(ex.keyId()).isEqualTo(cipher.currentKeyId()));
	}

	private static TokenKeyRing ring(String base64) {
		return TokenKeyRing.load(base64, java.nio.file.Path.of("."), false);
	}

}
