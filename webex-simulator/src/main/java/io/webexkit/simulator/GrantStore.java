package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.webexkit.simulator.PendingConsents.ConsentRequest;

/**
 * Authorization codes, grants and their tokens. One lock guards it all: the simulator values obviously-correct
 * state transitions over throughput.
 */
final class GrantStore {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

	private final Clock clock;

	private final Map<String, Code> codes = new HashMap<>();

	private final Map<String, Grant> grants = new HashMap<>();

	private final Map<String, AccessToken> accessTokens = new HashMap<>();

	private final Map<String, RefreshToken> refreshTokens = new HashMap<>();

	/** Every token ever minted, kept across resets so tests can prove none leaked into logs. */
	private final List<String> everIssued = new ArrayList<>();

	private final List<String> everIssuedCodes = new ArrayList<>();

	GrantStore(Clock clock) {
		this.clock = clock;
	}

	synchronized String issueCode(ConsentRequest request, String personId) {
		Instant now = this.clock.instant();
		this.codes.values().removeIf((code) -> now.isAfter(code.expiresAt.plus(Duration.ofHours(1))));
		String value = Secrets.random("simac_", 32);
		this.codes.put(value, new Code(request, personId, now.plus(CODE_LIFETIME)));
		this.everIssuedCodes.add(value);
		return value;
	}

	synchronized TokenGrant redeemCode(String clientId, String codeValue, @Nullable String redirectUri,
			@Nullable String verifier, SimulatorBehavior behavior) {
		Code code = this.codes.get(codeValue);
		if (code == null || !code.request.clientId().equals(clientId)) {
			throw OAuthException.invalidGrant("The authorization code is invalid or was issued to another client");
		}
		if (code.used) {
			// A replayed code may mean it was stolen: kill whatever it produced.
			if (code.grant != null) {
				code.grant.revoked = true;
			}
			throw OAuthException.invalidGrant("The authorization code has already been used");
		}
		code.used = true;
		if (!this.clock.instant().isBefore(code.expiresAt)) {
			throw OAuthException.invalidGrant("The authorization code has expired");
		}
		if (!code.request.redirectUri().equals(redirectUri)) {
			throw OAuthException.invalidGrant("redirect_uri does not match the authorization request");
		}
		checkVerifier(code.request, verifier);
		Grant grant = newGrant(clientId, code.personId, code.request.scopes());
		code.grant = grant;
		return mint(grant, behavior, null);
	}

	synchronized TokenGrant refresh(String clientId, String value, SimulatorBehavior behavior) {
		RefreshToken presented = this.refreshTokens.get(value);
		if (presented == null || (presented.grant.clientId != null && !presented.grant.clientId.equals(clientId))) {
			throw OAuthException.invalidGrant("The refresh token is invalid or was issued to another client");
		}
		Grant grant = presented.grant;
		if (grant.revoked) {
			throw OAuthException.invalidGrant("The refresh token has been revoked");
		}
		if (!this.clock.instant().isBefore(presented.expiresAt)) {
			throw OAuthException.invalidGrant("The refresh token has expired");
		}
		if (presented.replaced && behavior.refreshRotation() == RefreshRotation.ROTATE_REVOKE_FAMILY) {
			grant.revoked = true;
			throw OAuthException.invalidGrant("The refresh token was already replaced; the grant is revoked");
		}
		return mint(grant, behavior, presented);
	}

	synchronized IssuedTokens issueDirectly(@Nullable String clientId, String personId, List<String> scopes,
			SimulatorBehavior behavior) {
		Grant grant = newGrant(clientId, personId, scopes);
		mint(grant, behavior, null);
		return new IssuedTokens(grant.latestAccess.value, grant.latestAccess.expiresAt, grant.latestRefresh.value,
				grant.latestRefresh.expiresAt, Set.copyOf(scopes));
	}

	/** The person and scopes behind a usable access token. */
	synchronized Optional<Access> authenticate(String value) {
		AccessToken token = this.accessTokens.get(value);
		if (token == null || token.grant.revoked || !this.clock.instant().isBefore(token.expiresAt)) {
			return Optional.empty();
		}
		return Optional.of(new Access(token.grant.personId, token.grant.scopes, token.grant.clientId));
	}

	synchronized boolean refreshTokenActive(String value) {
		RefreshToken token = this.refreshTokens.get(value);
		return token != null && !token.grant.revoked && this.clock.instant().isBefore(token.expiresAt);
	}

	synchronized void revokePerson(String personId) {
		this.grants.values().stream().filter((grant) -> grant.personId.equals(personId)).forEach((g) -> g.revoked = true);
	}

	synchronized void expireAllAccessTokens() {
		Instant now = this.clock.instant();
		this.accessTokens.values().forEach((token) -> token.expiresAt = now);
	}

	synchronized List<String> issuedTokens() {
		return List.copyOf(this.everIssued);
	}

	synchronized List<String> issuedCodes() {
		return List.copyOf(this.everIssuedCodes);
	}

	synchronized void clear() {
		this.codes.clear();
		this.grants.clear();
		this.accessTokens.clear();
		this.refreshTokens.clear();
	}

	private static void checkVerifier(ConsentRequest request, @Nullable String verifier) {
		String challenge = request.codeChallenge();
		if (challenge == null) {
			if (verifier != null) {
				throw OAuthException.invalidGrant("code_verifier sent but the authorization request had no code_challenge");
			}
			return;
		}
		if (verifier == null) {
			throw OAuthException.invalidGrant("code_verifier is required");
		}
		if (!VERIFIER.matcher(verifier).matches()) {
			throw OAuthException.invalidGrant("code_verifier is malformed");
		}
		String expected = "S256".equals(request.codeChallengeMethod()) ? Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(Secrets.sha256(verifier)) : verifier;
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				challenge.getBytes(StandardCharsets.US_ASCII))) {
			throw OAuthException.invalidGrant("code_verifier does not match the code_challenge");
		}
	}

	private Grant newGrant(@Nullable String clientId, String personId, List<String> scopes) {
		Grant grant = new Grant(Secrets.random("", 12), clientId, personId, List.copyOf(scopes));
		this.grants.put(grant.id, grant);
		return grant;
	}

	private TokenGrant mint(Grant grant, SimulatorBehavior behavior, @Nullable RefreshToken presented) {
		Instant now = this.clock.instant();
		AccessToken access = grant.latestAccess;
		boolean reuse = presented != null && behavior.sameAccessTokenOnRefresh() && access != null
				&& now.isBefore(access.expiresAt);
		if (!reuse) {
			access = new AccessToken(Secrets.random("simat_", 48), grant, now.plus(behavior.accessTokenLifetime()));
			this.accessTokens.put(access.value, access);
			this.everIssued.add(access.value);
			grant.latestAccess = access;
		}
		RefreshRotation rotation = behavior.refreshRotation();
		RefreshToken refresh = presented;
		if (presented == null || rotation == RefreshRotation.ROTATE
				|| rotation == RefreshRotation.ROTATE_REVOKE_FAMILY) {
			refresh = new RefreshToken(Secrets.random("simrt_", 48), grant, now.plus(behavior.refreshTokenLifetime()));
			this.refreshTokens.put(refresh.value, refresh);
			this.everIssued.add(refresh.value);
			grant.latestRefresh = refresh;
			if (presented != null) {
				presented.replaced = true;
			}
		}
		boolean omit = presented != null && rotation == RefreshRotation.NONE_OMIT;
		return new TokenGrant(access.value, seconds(now, access.expiresAt), omit ? null : refresh.value,
				seconds(now, refresh.expiresAt), grant.scopes);
	}

	private static long seconds(Instant now, Instant until) {
		return Math.max(0, Duration.between(now, until).toSeconds());
	}

	/** The person and scopes an access token speaks for, and the integration it was issued to (none if direct). */
	record Access(String personId, List<String> scopes, @Nullable String clientId) {
	}

	private static final class Code {

		final ConsentRequest request;

		final String personId;

		final Instant expiresAt;

		boolean used;

		@Nullable Grant grant;

		Code(ConsentRequest request, String personId, Instant expiresAt) {
			this.request = request;
			this.personId = personId;
			this.expiresAt = expiresAt;
		}

	}

	/** One consent: the family of every token minted from one code. */
	private static final class Grant {

		final String id;

		final @Nullable String clientId;

		final String personId;

		final List<String> scopes;

		boolean revoked;

		@Nullable AccessToken latestAccess;

		@Nullable RefreshToken latestRefresh;

		Grant(String id, @Nullable String clientId, String personId, List<String> scopes) {
			this.id = id;
			this.clientId = clientId;
			this.personId = personId;
			this.scopes = scopes;
		}

	}

	private static final class AccessToken {

		final String value;

		final Grant grant;

		Instant expiresAt;

		AccessToken(String value, Grant grant, Instant expiresAt) {
			this.value = value;
			this.grant = grant;
			this.expiresAt = expiresAt;
		}

	}

	private static final class RefreshToken {

		final String value;

		final Grant grant;

		final Instant expiresAt;

		boolean replaced;

		RefreshToken(String value, Grant grant, Instant expiresAt) {
			this.value = value;
			this.grant = grant;
			this.expiresAt = expiresAt;
		}

	}

}
