package io.webexkit.spring.refresh;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

/**
 * A token endpoint for unit tests of the coordinator: counts refreshes, can be slow, rotate refresh tokens, reject
 * replaced ones, or fail. (Integration tests use the simulator over HTTP instead.)
 */
class FakeTokenEndpoint implements OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> {

	enum Mode {

		OK, INVALID_GRANT, SERVER_ERROR

	}

	final AtomicInteger refreshes = new AtomicInteger();

	final AtomicInteger concurrent = new AtomicInteger();

	final AtomicInteger maxConcurrent = new AtomicInteger();

	volatile Mode mode = Mode.OK;

	volatile boolean rotate;

	volatile Duration latency = Duration.ofMillis(50);

	/** Refresh tokens that were replaced: presenting one is a bug (and, at Webex, may revoke the family). */
	final Set<String> replaced = ConcurrentHashMap.newKeySet();

	final Set<String> presentedReplaced = ConcurrentHashMap.newKeySet();

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(OAuth2RefreshTokenGrantRequest request) {
		int now = this.concurrent.incrementAndGet();
		this.maxConcurrent.accumulateAndGet(now, Math::max);
		try {
			Thread.sleep(this.latency.toMillis());
			int n = this.refreshes.incrementAndGet();
			String presented = request.getRefreshToken().getTokenValue();
			if (this.replaced.contains(presented)) {
				this.presentedReplaced.add(presented);
				throw new OAuth2AuthorizationException(new OAuth2Error("invalid_grant"));
			}
			switch (this.mode) {
				case INVALID_GRANT -> throw new OAuth2AuthorizationException(new OAuth2Error("invalid_grant"));
				case SERVER_ERROR -> throw new OAuth2AuthorizationException(
						new OAuth2Error(TokenErrors.TEMPORARILY_UNAVAILABLE));
				default -> {
				}
			}
			OAuth2AccessTokenResponse.Builder response = OAuth2AccessTokenResponse.withToken("access-" + n)
				.tokenType(OAuth2AccessToken.TokenType.BEARER)
				.expiresIn(1209599)
				.additionalParameters(Map.of("refresh_token_expires_in", 7775999));
			if (this.rotate) {
				this.replaced.add(presented);
				response.refreshToken("refresh-" + n);
			}
			return response.build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			this.concurrent.decrementAndGet();
		}
	}

}
