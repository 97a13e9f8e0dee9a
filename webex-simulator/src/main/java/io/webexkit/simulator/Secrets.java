package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/** Random values and fingerprints; values minted here are never logged in clear. */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** A URL-safe random string carrying {@code bytes * 8} bits after a recognisable prefix. */
	static String random(String prefix, int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A short fingerprint that identifies a secret in logs without revealing it. */
	static String fingerprint(String value) {
		return "sha256:" + HexFormat.of().formatHex(sha256(value), 0, 6);
	}

	/** Compares in constant time so the simulator does not model a timing leak. */
	static boolean sameSecret(String presented, byte[] expectedHash) {
		return MessageDigest.isEqual(sha256(presented), expectedHash);
	}

	static String trackingId() {
		return "SIMULATOR_" + UUID.randomUUID();
	}

}
