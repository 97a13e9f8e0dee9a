package io.webexkit.spring.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.TokenKeyRing.TokenKey;
import io.webexkit.spring.TokenKeyUnavailableException;

/**
 * AES-256-GCM (the JDK's implementation) for token values at rest. The associated data binds a ciphertext to its row
 * and column, so a value copied to another user's row or swapped between columns fails authentication.
 */
final class TokenCipher {

	private static final byte FORMAT = 1;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final TokenKeyRing keys;

	private final SecureRandom random = new SecureRandom();

	TokenCipher(TokenKeyRing keys) {
		this.keys = keys;
	}

	String currentKeyId() {
		return this.keys.current().id();
	}

	boolean knows(String keyId) {
		return this.keys.find(keyId).isPresent();
	}

	byte[] encrypt(String plaintext, String associatedData) {
		TokenKey key = this.keys.current();
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	String decrypt(byte[] stored, String keyId, String associatedData) {
		TokenKey key = this.keys.find(keyId).orElseThrow(() -> new TokenKeyUnavailableException(keyId));
		if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
			throw new TokenDecryptionException("unknown ciphertext format");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new TokenDecryptionException("authentication failed (tampered, swapped or wrong key)");
		}
	}

	/**
	 * A stored value that fails authentication under the key that wrote it: tampered, swapped or damaged. The grant
	 * cannot be used, but the row is kept (see {@link TokenVault}).
	 */
	static final class TokenDecryptionException extends RuntimeException {

		TokenDecryptionException(String message) {
			super(message);
		}

	}

}
