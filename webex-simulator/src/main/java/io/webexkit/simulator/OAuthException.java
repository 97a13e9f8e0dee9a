package io.webexkit.simulator;

/** An OAuth error the token endpoint answers with; the description never contains a secret. */
final class OAuthException extends RuntimeException {

	private final int status;

	private final String error;

	OAuthException(int status, String error, String description) {
		super(description, null, false, false);
		this.status = status;
		this.error = error;
	}

	static OAuthException invalidGrant(String description) {
		return new OAuthException(400, "invalid_grant", description);
	}

	static OAuthException invalidRequest(String description) {
		return new OAuthException(400, "invalid_request", description);
	}

	int status() {
		return this.status;
	}

	String error() {
		return this.error;
	}

}
