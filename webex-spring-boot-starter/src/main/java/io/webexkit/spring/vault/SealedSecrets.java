package io.webexkit.spring.vault;

import io.webexkit.spring.TokenKeyRing;

/**
 * Encrypts other secrets the integration keeps (a webhook's signing secret) exactly as the vault encrypts tokens:
 * AES-256-GCM under the newest key of the token key ring, the key's id stored beside the ciphertext, and associated
 * data that binds the ciphertext to its row.
 */
public final class SealedSecrets {

	private final TokenCipher cipher;

	public SealedSecrets(TokenKeyRing keys) {
		this.cipher = new TokenCipher(keys);
	}

	/** {@code plaintext} encrypted under the newest key, bound to {@code associatedData}. */
	public Sealed seal(String plaintext, String associatedData) {
		return new Sealed(this.cipher.currentKeyId(), this.cipher.encrypt(plaintext, associatedData));
	}

	/**
	 * The plaintext of a stored value.
	 *
	 * @throws io.webexkit.spring.TokenKeyUnavailableException when no configured key has {@code keyId}
	 * @throws IllegalStateException when the value fails authentication (tampered, moved to another row, damaged)
	 */
	public String open(byte[] value, String keyId, String associatedData) {
		try {
			return this.cipher.decrypt(value, keyId, associatedData);
		}
		catch (TokenCipher.TokenDecryptionException ex) {
			throw new IllegalStateException("stored secret is unreadable: " + ex.getMessage());
		}
	}

	/**
	 * An encrypted value and the id of the key that encrypted it.
	 *
	 * @param keyId the key's id, to store beside the value
	 * @param value the ciphertext
	 */
	public record Sealed(String keyId, byte[] value) {

	}

}
