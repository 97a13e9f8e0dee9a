package io.webexkit.spring.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.vault.StoredGrant;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * How Webex's token responses are read: Webex's documented example has no {@code token_type} (so Bearer is assumed),
 * {@code expires_in} is defaulted when missing or odd instead of Spring's one second, and
 * {@code refresh_token_expires_in} is kept.
 */
public final class TokenResponses {

	/** The additional parameter holding the refresh token's lifetime in seconds. */
	public static final String REFRESH_TOKEN_EXPIRES_IN = "refresh_token_expires_in";

	/** Used when {@code expires_in} is missing, not a number, or not positive. */
	static final long DEFAULT_EXPIRES_IN = 3600;

	/** Longer lifetimes are clamped (no overflow, no token "valid forever"). */
	static final long MAX_EXPIRES_IN = Duration.ofDays(400).toSeconds();

	/** A longer access token is refused rather than stored. */
	static final int MAX_TOKEN_LENGTH = 8192;

	private TokenResponses() {
	}

	/** The converter from the token endpoint's JSON members to Spring's response. */
	public static Converter<Map<String, Object>, OAuth2AccessTokenResponse> converter() {
		DefaultMapOAuth2AccessTokenResponseConverter standard = new DefaultMapOAuth2AccessTokenResponseConverter();
		return (members) -> {
			Map<String, Object> p = new HashMap<>(members);
			if (Objects.toString(p.get(OAuth2ParameterNames.TOKEN_TYPE), "").isBlank()) {
				p.put(OAuth2ParameterNames.TOKEN_TYPE, OAuth2AccessToken.TokenType.BEARER.getValue());
			}
			p.put(OAuth2ParameterNames.EXPIRES_IN, seconds(p.get(OAuth2ParameterNames.EXPIRES_IN), DEFAULT_EXPIRES_IN));
			Object access = p.get(OAuth2ParameterNames.ACCESS_TOKEN);
			if (access instanceof String value && value.length() > MAX_TOKEN_LENGTH) {
				throw new IllegalArgumentException("access_token is longer than " + MAX_TOKEN_LENGTH + " characters");
			}
			return standard.convert(p);
		};
	}

	/** The grant after a successful refresh of {@code old}. */
	static StoredGrant merge(StoredGrant old, OAuth2AccessTokenResponse response, Instant now) {
		OAuth2AccessToken access = response.getAccessToken();
		OAuth2RefreshToken refresh = response.getRefreshToken();
		String refreshValue = (refresh != null) ? refresh.getTokenValue() : old.refreshToken();
		boolean rotated = refreshValue != null && !refreshValue.equals(old.refreshToken());
		Instant refreshExpiresAt = refreshExpiresAt(response.getAdditionalParameters(), now);
		if (refreshExpiresAt == null && !rotated) {
			refreshExpiresAt = old.refreshExpiresAt();
		}
		return new StoredGrant(old.registrationId(), old.personId(), access.getTokenValue(), issuedAt(access, now),
				expiresAt(access, now), refreshValue, rotated ? now : old.refreshIssuedAt(), refreshExpiresAt,
				access.getScopes().isEmpty() ? old.scopes() : access.getScopes(), old.version(), 0, null);
	}

	/** The grant from a new authorization. */
	public static StoredGrant fromAuthorization(String registrationId, String personId, OAuth2AccessToken access,
			@Nullable OAuth2RefreshToken refresh, @Nullable Object refreshExpiresIn, Instant now) {
		Instant refreshExpiresAt = refreshExpiresAt(
				(refreshExpiresIn != null) ? Map.of(REFRESH_TOKEN_EXPIRES_IN, refreshExpiresIn) : Map.of(), now);
		return new StoredGrant(registrationId, personId, access.getTokenValue(), issuedAt(access, now),
				expiresAt(access, now), (refresh != null) ? refresh.getTokenValue() : null,
				(refresh != null) ? now : null, refreshExpiresAt, access.getScopes(), 0, 0, null);
	}

	static @Nullable Instant refreshExpiresAt(Map<String, Object> additional, Instant now) {
		Object value = additional.get(REFRESH_TOKEN_EXPIRES_IN);
		if (value == null) {
			return null;
		}
		long seconds = Long.parseLong(seconds(value, 0));
		return (seconds > 0) ? now.plusSeconds(seconds) : null;
	}

	private static Instant issuedAt(OAuth2AccessToken access, Instant now) {
		return now;
	}

	/** Expiry on the app's clock: the lifetime Webex gave, counted from when we received it. */
	private static Instant expiresAt(OAuth2AccessToken access, Instant now) {
		Instant issued = access.getIssuedAt();
		Instant expires = access.getExpiresAt();
		if (issued == null || expires == null || !expires.isAfter(issued)) {
			return now.plusSeconds(DEFAULT_EXPIRES_IN);
		}
		return now.plus(Duration.between(issued, expires));
	}

	private static String seconds(@Nullable Object value, long fallback) {
		long seconds;
		try {
			seconds = (value instanceof Number n) ? n.longValue() : Long.parseLong(Objects.toString(value, "").trim());
		}
		catch (NumberFormatException ex) {
			seconds = fallback;
		}
		if (seconds <= 0) {
			seconds = fallback;
		}
		return String.valueOf(Math.min(seconds, MAX_EXPIRES_IN));
	}

}
