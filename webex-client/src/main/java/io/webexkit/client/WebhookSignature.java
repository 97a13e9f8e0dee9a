package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The {@code X-Spark-Signature} of a webhook delivery: the lower-case hex HMAC-SHA1 of the raw request body, keyed with
 * the webhook's secret in UTF-8. It must be computed over the bytes exactly as received: JSON that was parsed and
 * written again (other spacing or key order) no longer matches.
 */
public final class WebhookSignature {

	/** The header Webex sends the signature in. */
	public static final String HEADER = "X-Spark-Signature";

	private static final String ALGORITHM = "HmacSHA1";

	/** An HMAC-SHA1 is 20 bytes, 40 hex digits. */
	private static final int HEX_LENGTH = 40;

	private static final HexFormat HEX = HexFormat.of();

	private WebhookSignature() {
	}

	/** The signature Webex sends for {@code body} with {@code secret}: 40 lower-case hex digits. */
	public static String sign(byte[] body, String secret) {
		return HEX.formatHex(hmac(body, secret));
	}

	/**
	 * Whether {@code header} is the signature of {@code body} with {@code secret}, compared in constant time. False
	 * for a missing or blank header, and for one that is not 40 hex digits (either case is accepted).
	 *
	 * @throws IllegalArgumentException when {@code body} is null or {@code secret} is blank: a configuration error,
	 * not a bad delivery
	 */
	public static boolean matches(byte[] body, @Nullable String header, String secret) {
		byte[] expected = hmac(body, secret);
		if (header == null) {
			return false;
		}
		String given = header.strip();
		if (given.length() != HEX_LENGTH) {
			return false;
		}
		byte[] provided;
		try {
			provided = HEX.parseHex(given);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(expected, provided);
	}

	private static byte[] hmac(byte[] body, String secret) {
		Checks.notNull(body, "body");
		Checks.notBlank(secret, "secret");
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			// Every Java platform must provide HmacSHA1.
			throw new IllegalStateException(ALGORITHM + " is not available", ex);
		}
	}

}
