package io.webexkit.app.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single place where tokens are refreshed. Refreshes shortly before expiry and once after a 401; concurrent
 * callers for one person share one refresh (a lock per person in this JVM, then a row lock in the database for other
 * instances, then a re-read). Rotation-safe: a new refresh token replaces the old one in the same transaction, none
 * keeps the old one; a rejected grant is deleted; transient failures keep the tokens and back off.
 */
public class RefreshCoordinator {

	private static final Logger log = LoggerFactory.getLogger(RefreshCoordinator.class);

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

	/** How long before a refresh token lapses the background job renews the grant. */
	public static final Duration REFRESH_TOKEN_RENEWAL = Duration.ofDays(7);

	private final TokenVault vault;

	private final RegistrationSource registrations;

	private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration margin;

	private final ReentrantLock[] stripes = new ReentrantLock[256];

	private final TokenMetrics metrics;

	/** Refreshes sent to Webex at once from this instance, page views and background job together. */
	private final Semaphore permits;

	private final Duration permitWait;

	/**
	 * @param concurrency how many refreshes this instance sends to Webex at once; more wait for a turn
	 * @param permitWait how long a refresh waits for its turn before the request answers "try again"
	 */
	public RefreshCoordinator(TokenVault vault, RegistrationSource registrations,
			OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient,
			TransactionTemplate transactions, Clock clock, Duration margin, TokenMetrics metrics, int concurrency,
			Duration permitWait) {
		if (concurrency < 1) {
			throw new IllegalArgumentException("concurrency must be at least 1");
		}
		this.metrics = metrics;
		this.permits = new Semaphore(concurrency, true);
		this.permitWait = permitWait;
		this.vault = vault;
		this.registrations = registrations;
		this.refreshClient = refreshClient;
		this.transactions = transactions;
		this.clock = clock;
		this.margin = margin;
		for (int i = 0; i < this.stripes.length; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/** A usable access token for the person, refreshed first if it expires within the margin. */
	public String accessToken(String personId) {
		StoredGrant grant = this.vault.find(registrationId(), personId)
			.orElseThrow(() -> new GrantRequiredException(GrantRequiredException.Reason.NONE));
		Instant now = this.clock.instant();
		if (!grant.accessExpiresWithin(this.margin, now)) {
			return grant.accessToken();
		}
		return Objects.requireNonNull(refresh(personId,
				(stored) -> stored.accessExpiresWithin(this.margin, this.clock.instant()), false, false).token());
	}

	/**
	 * Webex answered 401 to {@code rejectedToken}: refresh unless another caller already replaced that token, and
	 * return the token to retry with.
	 */
	public String refreshAfterUnauthorized(String personId, String rejectedToken) {
		return Objects.requireNonNull(
				refresh(personId, (stored) -> stored.accessToken().equals(rejectedToken), true, false).token());
	}

	/**
	 * Background refresh of one grant if it is due (access token near expiry, or refresh token lapsing within a
	 * week). A grant another instance is working on is skipped, never waited for.
	 */
	public Duration margin() {
		return this.margin;
	}

	public BackgroundOutcome refreshIfDue(String personId) {
		try {
			Outcome outcome = refresh(personId, (stored) -> stored.accessExpiresWithin(this.margin,
					this.clock.instant()) || refreshTokenLapsesSoon(stored), false, true);
			if (outcome.deferred()) {
				return BackgroundOutcome.UNAVAILABLE;
			}
			return (outcome.token() == null) ? BackgroundOutcome.SKIPPED : BackgroundOutcome.DONE;
		}
		catch (GrantRequiredException ex) {
			return BackgroundOutcome.GONE;
		}
		catch (TokenRefreshUnavailableException ex) {
			return BackgroundOutcome.UNAVAILABLE;
		}
	}

	/** What a background refresh did. */
	public enum BackgroundOutcome {

		/** Refreshed, or found fresh enough. */
		DONE,
		/** Another instance holds the grant right now. */
		SKIPPED,
		/** The grant is gone (deleted, or Webex rejected it). */
		GONE,
		/** Webex could not refresh it now; backing off. */
		UNAVAILABLE

	}

	/**
	 * The refresh token expires within {@link #REFRESH_TOKEN_RENEWAL}: refresh (at most once a day, in case Webex
	 * does not extend it) so an idle user does not lose the grant.
	 */
	private boolean refreshTokenLapsesSoon(StoredGrant grant) {
		Instant now = this.clock.instant();
		Instant expires = grant.refreshExpiresAt();
		Instant lastRefresh = grant.accessIssuedAt();
		return expires != null && expires.isBefore(now.plus(REFRESH_TOKEN_RENEWAL))
				&& (lastRefresh == null || lastRefresh.isBefore(now.minus(Duration.ofDays(1))));
	}

	/** The registration the coordinator refreshes against. */
	public String registrationId() {
		return this.registrations.registration().getRegistrationId();
	}

	private Outcome refresh(String personId, Predicate<StoredGrant> needsRefresh, boolean afterUnauthorized,
			boolean skipLocked) {
		ReentrantLock lock = this.stripes[Math.floorMod(personId.hashCode(), this.stripes.length)];
		lock.lock();
		try {
			if (!skipLocked) {
				// Whoever held the lock before us has probably refreshed this grant: then no turn at the token
				// endpoint and no row lock are needed (the row lock below still settles it across instances).
				StoredGrant current = this.vault.find(registrationId(), personId).orElse(null);
				if (current != null && !needsRefresh.test(current)) {
					this.metrics.joined();
					return Outcome.ok(current.accessToken());
				}
			}
			awaitTurn(personId);
			try {
				return Objects.requireNonNull(this.transactions
					.execute((tx) -> refreshLocked(personId, needsRefresh, afterUnauthorized, skipLocked)));
			}
			finally {
				this.permits.release();
			}
		}
		catch (PessimisticLockingFailureException ex) {
			// another instance holds the row lock for longer than we wait: its refresh is slow or stuck
			log.warn("Refresh of person {} waited too long for the grant's row lock", TokenFingerprint.of(personId));
			throw new TokenRefreshUnavailableException(
					"Access to Webex is being renewed and that is taking longer than usual; try again in a moment.");
		}
		finally {
			lock.unlock();
		}
	}

	/** Waits, holding no database connection, until fewer than the configured refreshes are in flight. */
	private void awaitTurn(String personId) {
		boolean acquired;
		try {
			acquired = this.permits.tryAcquire(this.permitWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			log.warn("Refresh of person {} waited {} for a turn at the token endpoint; too many refreshes at once",
					TokenFingerprint.of(personId), this.permitWait);
			throw new TokenRefreshUnavailableException(
					"Access to Webex is being renewed for many users at once; try again in a moment.");
		}
	}

	private Outcome refreshLocked(String personId, Predicate<StoredGrant> needsRefresh, boolean afterUnauthorized,
			boolean skipLocked) {
		String registrationId = registrationId();
		StoredGrant grant = (skipLocked ? this.vault.findForUpdateSkipLocked(registrationId, personId)
				: this.vault.findForUpdate(registrationId, personId))
			.orElse(null);
		if (grant == null && skipLocked) {
			return Outcome.skipped();
		}
		if (grant == null) {
			return Outcome.failed(new GrantRequiredException(GrantRequiredException.Reason.NONE));
		}
		if (!needsRefresh.test(grant)) {
			this.metrics.joined();
			return Outcome.ok(grant.accessToken()); // another caller refreshed while we waited
		}
		Instant now = this.clock.instant();
		if (!grant.hasUsableRefreshToken(now)) {
			if (grant.accessValidAt(now) && !afterUnauthorized) {
				return Outcome.ok(grant.accessToken());
			}
			this.vault.delete(registrationId, personId, "no_refresh_token");
			return Outcome.failed(new GrantRequiredException(GrantRequiredException.Reason.REVOKED));
		}
		Instant nextAttempt = grant.nextRefreshAttemptAt();
		if (!afterUnauthorized && grant.accessValidAt(now) && nextAttempt != null && now.isBefore(nextAttempt)) {
			return Outcome.ok(grant.accessToken()); // backing off after a transient failure
		}
		ClientRegistration registration = this.registrations.registration();
		OAuth2AccessTokenResponse response;
		long started = System.nanoTime();
		try {
			response = this.refreshClient.getTokenResponse(new OAuth2RefreshTokenGrantRequest(registration,
					accessToken(grant), new OAuth2RefreshToken(Objects.requireNonNull(grant.refreshToken()),
							grant.refreshIssuedAt())));
		}
		catch (OAuth2AuthorizationException ex) {
			this.metrics.refreshed(outcomeTag(ex.getError().getErrorCode()), Duration.ofNanos(System.nanoTime() - started));
			return failed(grant, ex, afterUnauthorized);
		}
		this.metrics.refreshed("ok", Duration.ofNanos(System.nanoTime() - started));
		StoredGrant refreshed = TokenResponses.merge(grant, response, now);
		if (!this.vault.replace(refreshed, grant.version())) {
			// cannot happen while we hold the row lock; refuse to overwrite a newer token if it does
			throw new IllegalStateException("Grant changed under a row lock");
		}
		log.info("Refreshed the Webex grant of person {}", TokenFingerprint.of(personId));
		return Outcome.ok(refreshed.accessToken());
	}

	private Outcome failed(StoredGrant grant, OAuth2AuthorizationException ex, boolean afterUnauthorized) {
		String code = ex.getError().getErrorCode();
		String person = TokenFingerprint.of(grant.personId());
		if (TokenErrors.GRANT_GONE.contains(code)) {
			log.warn("Security event: Webex answered {} to the refresh of person {}; grant deleted", code, person);
			this.vault.delete(grant.registrationId(), grant.personId(), "revoked");
			return Outcome.failed(new GrantRequiredException(GrantRequiredException.Reason.REVOKED));
		}
		if (TokenErrors.INVALID_CLIENT.equals(code)) {
			log.error("Webex rejected this integration's client credentials (invalid_client) while refreshing person "
					+ "{}: check WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET", person);
		}
		else {
			log.warn("Refresh of person {} failed for now ({}); tokens kept, retrying later", person, code);
		}
		int failures = grant.refreshFailures() + 1;
		Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(failures - 1, 10));
		Instant now = this.clock.instant();
		this.vault.recordRefreshFailure(grant.withFailure(failures, now.plus(min(backoff, MAX_BACKOFF))));
		if (grant.accessValidAt(now) && !afterUnauthorized) {
			return new Outcome(grant.accessToken(), null, true);
		}
		return Outcome.failed(new TokenRefreshUnavailableException(
				"Webex could not renew access just now (" + code + "); try again in a moment."));
	}

	private static String outcomeTag(String errorCode) {
		if (TokenErrors.GRANT_GONE.contains(errorCode)) {
			return "invalid_grant";
		}
		return TokenErrors.INVALID_CLIENT.equals(errorCode) ? "invalid_client" : "transient";
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

	private static OAuth2AccessToken accessToken(StoredGrant grant) {
		Instant issued = grant.accessIssuedAt();
		Instant expires = grant.accessExpiresAt();
		if (issued == null || !issued.isBefore(expires)) {
			issued = expires.minusSeconds(1);
		}
		return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, grant.accessToken(), issued, expires,
				grant.scopes());
	}

	/** Supplies the client registration the coordinator refreshes against. */
	@FunctionalInterface
	public interface RegistrationSource {

		ClientRegistration registration();

	}

	/**
	 * The transaction's result: a token, or an exception to throw once the transaction has committed.
	 *
	 * @param deferred the refresh failed for now and the still-valid token was kept
	 */
	private record Outcome(@Nullable String value, @Nullable RuntimeException failure, boolean deferred) {

		static Outcome ok(String token) {
			return new Outcome(token, null, false);
		}

		static Outcome failed(RuntimeException failure) {
			return new Outcome(null, failure, false);
		}

		static Outcome skipped() {
			return new Outcome(null, null, false);
		}

		@Nullable String token() {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.value;
		}

	}

}
