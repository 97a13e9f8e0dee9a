package io.webexkit.app.logging;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.session.SessionIdGenerator;

/**
 * Session ids with a shape the log masking recognises, raw and as the base64 the session cookie carries: Spring
 * Session logs them (and {@code JdbcTemplate} logs them as SQL parameters at TRACE) where no parameter name says
 * what they are, and UUIDs cannot be masked without masking Webex tracking ids too. A fixed prefix of six characters
 * (a multiple of three) gives the base64 form a fixed prefix as well; 22 random bytes follow, more than a UUID's 122
 * bits, within the session table's 36 characters.
 */
final class SessionIds implements SessionIdGenerator {

	static final String PREFIX = "wxsid-";

	static final int RANDOM_LENGTH = 30;

	static final String BASE64_PREFIX = Base64.getEncoder()
		.encodeToString(PREFIX.getBytes(StandardCharsets.US_ASCII));

	static final int BASE64_RANDOM_LENGTH = 40;

	private static final SecureRandom random = new SecureRandom();

	@Override
	public String generate() {
		byte[] bytes = new byte[22];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
