package io.webexkit.simulator;

import java.time.Instant;
import java.util.Set;

/**
 * Tokens minted directly by {@link WebexSimulator#issueTokensDirectly}; {@link #toString()} hides the values.
 *
 * @param accessToken the access token value
 * @param accessTokenExpiresAt when the access token expires
 * @param refreshToken the refresh token value
 * @param refreshTokenExpiresAt when the refresh token expires
 * @param scopes the granted scopes
 */
public record IssuedTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
		Instant refreshTokenExpiresAt, Set<String> scopes) {

	@Override
	public String toString() {
		return "IssuedTokens[accessToken=" + Secrets.fingerprint(this.accessToken) + ", accessTokenExpiresAt="
				+ this.accessTokenExpiresAt + ", refreshToken=" + Secrets.fingerprint(this.refreshToken)
				+ ", refreshTokenExpiresAt=" + this.refreshTokenExpiresAt + ", scopes=" + this.scopes + "]";
	}

}
