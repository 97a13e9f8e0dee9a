package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Spark-Signature}: the lowercase hex HMAC-SHA1 of the exact body bytes sent, keyed with the UTF-8 bytes of
 * the webhook's secret.
 */
final class WebhookSignature {

	static final String HEADER = "X-Spark-Signature";

	private WebhookSignature() {
	}

	static String sign(String secret, byte[] body) {
		return HexFormat.of().formatHex(hmac(secret, body));
	}

	/** A signature of the right form that does not verify: the real one with its first byte inverted. */
	static String tampered(String secret, byte[] body) {
		byte[] mac = hmac(secret, body);
		mac[0] = (byte) ~mac[0];
		return HexFormat.of().formatHex(mac);
	}

	private static byte[] hmac(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

}
