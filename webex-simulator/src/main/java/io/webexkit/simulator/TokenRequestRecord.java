package io.webexkit.simulator;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One request the token endpoint received; it never holds a secret, code or token.
 *
 * @param at when the request arrived
 * @param grantType the {@code grant_type} sent, or {@code null}
 * @param clientAuthentication how the client authenticated
 * @param clientId the client id presented, or {@code null}
 * @param status the HTTP status answered
 * @param outcome {@code "ok"} or the OAuth error code (or {@code "simulated_failure"})
 */
public record TokenRequestRecord(Instant at, @Nullable String grantType, ClientAuthentication clientAuthentication,
		@Nullable String clientId, int status, String outcome) {

	/** How a client authenticated at the token endpoint. */
	public enum ClientAuthentication {

		/** HTTP Basic. */
		CLIENT_SECRET_BASIC,

		/** {@code client_id} and {@code client_secret} in the form body. */
		CLIENT_SECRET_POST,

		/** Both at once, which OAuth forbids. */
		MULTIPLE,

		/** No secret presented. */
		NONE

	}

}
