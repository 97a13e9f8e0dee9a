package io.webexkit.spring;

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

}
