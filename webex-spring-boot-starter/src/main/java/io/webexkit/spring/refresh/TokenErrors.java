package io.webexkit.spring.refresh;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How this app reads Webex's token endpoint errors, in one place. Only an answer that names the grant as dead ends it;
 * anything else (a proxy's HTML page, a 5xx, JSON we do not recognise, a 401 without a body) keeps the grant and is
 * retried later, so a misconfigured token URL or a bad gateway can never delete every user's grant.
 */
final class TokenErrors {

	/** RFC 6749 section 5.2: the refresh token is invalid, expired or revoked. The only code that ends a grant. */
	static final String INVALID_GRANT = "invalid_grant";

	/** Our client credentials are wrong: an operator problem, never the user's. */
	static final String INVALID_CLIENT = "invalid_client";

	/** 5xx, 429, timeouts: keep the tokens and try later. */
	static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";

	/** An answer we cannot read as a token response or a known error: keep the tokens and try later. */
	static final String INVALID_TOKEN_RESPONSE = "invalid_token_response";

	/**
	 * Webex's own wording when a refresh token is dead, in its gateway error shape ({@code message} or
	 * {@code errors[].description}) without an RFC {@code error} member. Source: Webex's JavaScript SDK
	 * (webex-js-sdk pull request 855), which matches this text to sign users out. Compared case-insensitively with
	 * whitespace collapsed; add a wording here only with its source.
	 */
	static final List<String> GRANT_DEAD_WORDINGS = List
		.of("The refresh token provided is expired, revoked, malformed, or invalid");

	private TokenErrors() {
	}

	/** True for the one code that ends a grant. */
	static boolean endsGrant(String code) {
		return INVALID_GRANT.equals(code);
	}

	/** True when {@code text} (a message or description from an error body) is Webex saying the grant is dead. */
	static boolean saysGrantIsDead(@Nullable String text) {
		if (text == null) {
			return false;
		}
		String normalized = normalize(text);
		return GRANT_DEAD_WORDINGS.stream().anyMatch((wording) -> normalized.contains(normalize(wording)));
	}

	private static String normalize(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
