package io.webexkit.simulator;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What a successful token request returns; {@code refreshToken} is null when the response must omit it. */
record TokenGrant(String accessToken, long expiresIn, @Nullable String refreshToken, long refreshExpiresIn,
		List<String> scopes) {

	@Override
	public String toString() {
		return "TokenGrant[accessToken=" + Secrets.fingerprint(this.accessToken) + ", expiresIn=" + this.expiresIn
				+ ", refreshToken=" + ((this.refreshToken != null) ? Secrets.fingerprint(this.refreshToken) : "none")
				+ ", scopes=" + this.scopes + "]";
	}

}
