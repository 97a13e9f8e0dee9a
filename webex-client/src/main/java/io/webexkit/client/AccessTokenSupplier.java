package io.webexkit.client;

/** Source of the access token a {@link WebexClient} presents for one user or bot. */
public interface AccessTokenSupplier {

	/**
	 * Returns a currently usable access token; implementations may refresh it proactively.
	 */
	String accessToken();

	/**
	 * Called at most once per call after Webex answered 401 to {@code rejectedToken}. Returns a
	 * new token, or throws (typically {@link WebexAuthorizationException}) when the grant is gone.
	 * Comparing with {@code rejectedToken} lets implementations skip a refresh another thread
	 * already did.
	 */
	String refreshAfterUnauthorized(String rejectedToken);

	/** A supplier for a fixed token (a bot token or a test), which cannot be refreshed. */
	static AccessTokenSupplier of(String token) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("token must not be blank");
		}
		return new AccessTokenSupplier() {
			@Override
			public String accessToken() {
				return token;
			}

			@Override
			public String refreshAfterUnauthorized(String rejectedToken) {
				throw new WebexAuthorizationException("Webex rejected the fixed access token");
			}

			@Override
			public String toString() {
				return "AccessTokenSupplier[fixed]";
			}
		};
	}

}
