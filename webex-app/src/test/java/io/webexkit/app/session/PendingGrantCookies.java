package io.webexkit.app.session;

import io.webexkit.spring.TokenKeyRing;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/** Opens a browser's pending-grant cookie as the app does, for tests outside this package. */
public final class PendingGrantCookies {

	private PendingGrantCookies() {
	}

	/** The name of the cookie that carries the grant being started. */
	public static final String NAME = Cookies.PENDING_GRANT;

	/** The authorization request the cookie holds, sealed for {@code registrationId}; fails when it does not open. */
	public static OAuth2AuthorizationRequest open(TokenKeyRing keys, String registrationId, String value) {
		OAuth2AuthorizationRequest request = new SealedValues(keys,
				CookieAuthorizationRequests.PURPOSE + "@" + registrationId)
			.open(value)
			.map(CookieAuthorizationRequests::decode)
			.orElse(null);
		if (request == null) {
			throw new AssertionError("The pending-grant cookie did not open");
		}
		return request;
	}

}
