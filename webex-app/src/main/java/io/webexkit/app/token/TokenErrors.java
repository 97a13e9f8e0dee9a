package io.webexkit.app.token;

import java.util.Set;

/** OAuth error codes as this app classifies Webex's token endpoint answers. */
final class TokenErrors {

	/** The grant is gone for good: delete it and ask the user to GRANT again. */
	static final Set<String> GRANT_GONE = Set.of("invalid_grant");

	/** Our client credentials are wrong: an operator problem, never the user's. */
	static final String INVALID_CLIENT = "invalid_client";

	/** 5xx, 429, timeouts, unreadable answers: keep the tokens and try later. */
	static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";

	private TokenErrors() {
	}

}
