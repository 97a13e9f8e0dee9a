package io.webexkit.spring;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/** Random token keys for tests, as WEBEX_TOKEN_KEY takes them. */
public final class TestKeys {

	private TestKeys() {
	}

	/** Base64 of 32 random bytes. */
	public static String random() {
		byte[] raw = new byte[32];
		new SecureRandom().nextBytes(raw);
		return Base64.getEncoder().encodeToString(raw);
	}

	/** A ring of the given keys, newest first, as {@code WEBEX_TOKEN_KEY} gives them. */
	public static TokenKeyRing ring(String... keys) {
		return TokenKeyRing.load(String.join(",", keys), Path.of("unused"), false);
	}

	/** A ring of one random key. */
	public static TokenKeyRing ring() {
		return ring(random());
	}

}
