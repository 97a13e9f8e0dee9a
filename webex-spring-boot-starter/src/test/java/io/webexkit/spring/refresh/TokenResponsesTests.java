package io.webexkit.spring.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.webexkit.spring.vault.StoredGrant;

import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class TokenResponsesTests {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private static Map<String, Object> webexExample() {
		// Webex's documented example: no token_type, no scope
		Map<String, Object> members = new HashMap<>();
		members.put("access_token", "ZDI3MGEyYzQtNmFlNS00NDNhLWFlNzAtZGVjNjE0MGU1OGZmZWNmZDEwN2ItYTU3");
		members.put("expires_in", 1209600);
		members.put("refresh_token", "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTEyMzQ1Njc4");
		members.put("refresh_token_expires_in", 7776000);
		return members;
	}

	@Test
	void converterWhenTokenTypeMissingThenBearer() { // C2
		OAuth2AccessTokenResponse response = TokenResponses.converter().convert(webexExample());
		assertThat(response.getAccessToken().getTokenType()).isEqualTo(OAuth2AccessToken.TokenType.BEARER);
		assertThat(response.getAdditionalParameters()).containsKey("refresh_token_expires_in");
	}

	@Test
	void converterWhenTokenTypeLowerOrUpperCaseThenBearer() { // C3
		for (String type : new String[] { "bearer", "BEARER", "Bearer" }) {
			Map<String, Object> members = webexExample();
			members.put("token_type", type);
			assertThat(TokenResponses.converter().convert(members).getAccessToken().getTokenType())
				.isEqualTo(OAuth2AccessToken.TokenType.BEARER);
		}
	}

	@Test
	void converterWhenTokenTypeIsAnotherSchemeThenRejected() { // C3
		Map<String, Object> members = webexExample();
		members.put("token_type", "mac");
		assertThatException().isThrownBy(() -> TokenResponses.converter().convert(members));
	}

	@Test
	void converterWhenExpiresInMissingOrOddThenDocumentedDefault() { // C5, C6
		for (Object odd : new Object[] { null, "soon", -5, 0, "" }) {
			Map<String, Object> members = webexExample();
			members.put("expires_in", odd);
			OAuth2AccessToken token = TokenResponses.converter().convert(members).getAccessToken();
			assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt()))
				.isEqualTo(Duration.ofSeconds(TokenResponses.DEFAULT_EXPIRES_IN));
		}
	}

	@Test
	void converterWhenExpiresInHugeThenClampedWithoutOverflow() { // C6
		Map<String, Object> members = webexExample();
		members.put("expires_in", Long.MAX_VALUE);
		OAuth2AccessToken token = TokenResponses.converter().convert(members).getAccessToken();
		assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt()))
			.isEqualTo(Duration.ofSeconds(TokenResponses.MAX_EXPIRES_IN));
	}

	@Test
	void converterWhenAccessTokenMissingOrHugeThenRejected() { // C9
		Map<String, Object> missing = webexExample();
		missing.remove("access_token");
		assertThatException().isThrownBy(() -> TokenResponses.converter().convert(missing));
		Map<String, Object> huge = webexExample();
		huge.put("access_token", "x".repeat(TokenResponses.MAX_TOKEN_LENGTH + 1));
		assertThatException().isThrownBy(() -> TokenResponses.converter().convert(huge));
	}

	@Test
	void mergeWhenRefreshResponseHasNoRefreshTokenThenOldOneAndItsExpiryKept() { // C17
		StoredGrant old = grant("old-refresh", NOW.plus(Duration.ofDays(80)));
		Map<String, Object> members = webexExample();
		members.remove("refresh_token");
		members.remove("refresh_token_expires_in");
		StoredGrant merged = TokenResponses.merge(old, TokenResponses.converter().convert(members), NOW);
		assertThat(merged.refreshToken()).isEqualTo("old-refresh");
		assertThat(merged.refreshExpiresAt()).isEqualTo(old.refreshExpiresAt());
		assertThat(merged.accessToken()).isEqualTo(members.get("access_token"));
	}

	@Test
	void mergeWhenRefreshResponseRotatesThenNewTokenAndExpiryReplaceOld() { // C18
		StoredGrant old = grant("old-refresh", NOW.plus(Duration.ofDays(80)));
		StoredGrant merged = TokenResponses.merge(old, TokenResponses.converter().convert(webexExample()), NOW);
		assertThat(merged.refreshToken()).isEqualTo(webexExample().get("refresh_token"));
		assertThat(merged.refreshExpiresAt()).isEqualTo(NOW.plusSeconds(7776000));
		assertThat(merged.scopes()).isEqualTo(old.scopes());
	}

	@Test
	void toStringWhenGrantPrintedThenNoTokenValue() { // E4
		StoredGrant grant = grant("refresh-secret-value", null);
		assertThat(grant.toString()).doesNotContain("refresh-secret-value").doesNotContain("access-secret-value")
			.doesNotContain(grant.personId());
	}

	private static StoredGrant grant(String refresh, Instant refreshExpiresAt) {
		return new StoredGrant("webex", "person-1", "access-secret-value", NOW.minusSeconds(100), NOW.minusSeconds(1),
				refresh, NOW.minus(Duration.ofDays(10)), refreshExpiresAt, Set.of("spark:rooms_read"), 3, 0, null);
	}

}
