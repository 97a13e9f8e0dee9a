package io.webexkit.spring.refresh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.GrantRequiredException.Reason;
import io.webexkit.spring.TokenFingerprint;
import io.webexkit.spring.TokenRefreshUnavailableException;
import io.webexkit.spring.metrics.TokenMetrics;
import io.webexkit.spring.vault.GrantLookup;
import io.webexkit.spring.vault.StoredGrant;
import io.webexkit.spring.vault.TokenVault;

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
 * The single place where tokens are refreshed: the mechanism behind {@link RefreshPolicy}'s decisions. Concurrent
 * callers for one person share one refresh (a lock per person in this JVM, then a row lock in the database for other
 * instances, then a re-read), and at most a bounded number of refreshes leave this instance at once. Rotation-safe: a
 * new refresh token replaces the old one in the same transaction. A grant is deleted only when Webex says it is dead
 * ({@link TokenErrors}); any other failure keeps the tokens and backs off.
 */
public class RefreshCoordinator {

	private static final Logger log = LoggerFactory.getLogger(RefreshCoordinator.class);

	private final TokenVault vault;

	private final RegistrationSource registrations;

	private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final RefreshPolicy policy;

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
			TransactionTemplate transactions, Clock clock, RefreshPolicy policy, TokenMetrics metrics,
			int concurrency, Duration permitWait) {
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
		this.policy = policy;
		for (int i = 0; i < this.stripes.length; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/**
	 * A usable access token for the person's use of the app, refreshed first if it expires within the margin. Counts
	 * as a use of the grant (see {@link RefreshPolicy#idleCutoff}).
	 * @throws GrantRequiredException when the person must GRANT again
	 * @throws TokenRefreshUnavailableException when Webex cannot renew the token just now
	 */
	public String accessToken(String personId) {
		return accessToken(personId, true);
	}

	/**
	 * Like {@link #accessToken(String)}, for work the app does on its own (a scheduler, a webhook): not a use of the
	 * grant, so an unused grant still lapses.
	 */
	public String accessTokenInBackground(String personId) {
		return accessToken(personId, false);
	}

	private String accessToken(String personId, boolean use) {
		StoredGrant grant = readable(this.vault.lookup(registrationId(), personId));
		Instant now = this.clock.instant();
		if (use && this.policy.useWorthRecording(grant, now)) {
			this.vault.recordUse(grant, now);
		}
		if (!this.policy.dueNow(grant, now)) {
			return grant.accessToken();
		}
		return Objects.requireNonNull(refresh(personId, Trigger.NEEDED,
				(stored) -> this.policy.dueNow(stored, this.clock.instant())).token());
	}

	/**
	 * Webex answered 401 to {@code rejectedToken}: refresh unless another caller already replaced that token, and
	 * return the token to retry with.
	 */
	public String refreshAfterUnauthorized(String personId, String rejectedToken) {
		return Objects.requireNonNull(refresh(personId, Trigger.UNAUTHORIZED,
				(stored) -> stored.accessToken().equals(rejectedToken)).token());
	}

	/**
	 * Background refresh of one grant if it is due (access token near expiry, or refresh token lapsing within a
	 * week). A grant another instance is working on is skipped, never waited for.
	 */
	public BackgroundOutcome refreshIfDue(String personId) {
		try {
			Outcome outcome = refresh(personId, Trigger.BACKGROUND,
					(stored) -> this.policy.dueInBackground(stored, this.clock.instant()));
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

	/**
	 * Why the person must GRANT again before the app can act for them, or empty when their grant is usable (or
	 * merely waiting for a refresh the next page view will do).
	 */
	public Optional<Reason> grantRequired(String personId) {
		GrantLookup lookup = this.vault.lookup(registrationId(), personId);
		if (lookup.absent()) {
			return Optional.of(Reason.NONE);
		}
		if (lookup.unreadable()) {
			return Optional.of(Reason.UNREADABLE);
		}
		return this.policy.unusable(Objects.requireNonNull(lookup.grant()), this.clock.instant());
	}

	public RefreshPolicy policy() {
		return this.policy;
	}

	/** What a background refresh did. */
	public enum BackgroundOutcome {

		/** Refreshed, or found fresh enough. */
		DONE,
		/** Another instance holds the grant right now, or it cannot be read. */
		SKIPPED,
		/** The grant is gone (deleted, or Webex rejected it). */
		GONE,
		/** Webex could not refresh it now; backing off. */
		UNAVAILABLE

	}

	/** The registration the coordinator refreshes against. */
	public String registrationId() {
		return this.registrations.registrationId();
	}

	/** Who asks for a refresh: it decides whether to wait for locks and whether a still-valid token will do. */
	private enum Trigger {

		/** A caller that needs a token now (a page view, background work) and finds it about to expire. */
		NEEDED,
		/** Webex answered 401 to a token: the stored one must not be handed out again as is. */
		UNAUTHORIZED,
		/** The background keeper: skips what others hold, never waits. */
		BACKGROUND

	}

	private static StoredGrant readable(GrantLookup lookup) {
		if (lookup.unreadable()) {
			throw new GrantRequiredException(Reason.UNREADABLE);
		}
		return lookup.readable().orElseThrow(() -> new GrantRequiredException(Reason.NONE));
	}

	private Outcome refresh(String personId, Trigger trigger, Predicate<StoredGrant> needsRefresh) {
		ReentrantLock lock = this.stripes[Math.floorMod(personId.hashCode(), this.stripes.length)];
		lock.lock();
		try {
			if (trigger != Trigger.BACKGROUND) {
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
				return Objects.requireNonNull(
						this.transactions.execute((tx) -> refreshLocked(personId, trigger, needsRefresh)));
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

	private Outcome refreshLocked(String personId, Trigger trigger, Predicate<StoredGrant> needsRefresh) {
		String registrationId = registrationId();
		GrantLookup lookup = (trigger == Trigger.BACKGROUND)
				? this.vault.lookupForUpdateSkipLocked(registrationId, personId)
				: this.vault.lookupForUpdate(registrationId, personId);
		if (trigger == Trigger.BACKGROUND && lookup.grant() == null) {
			return Outcome.skipped(); // held by another instance, gone, or unreadable: nothing to do here
		}
		StoredGrant grant;
		try {
			grant = readable(lookup);
		}
		catch (GrantRequiredException ex) {
			return Outcome.failed(ex);
		}
		if (!needsRefresh.test(grant)) {
			this.metrics.joined();
			return Outcome.ok(grant.accessToken()); // another caller refreshed while we waited
		}
		Instant now = this.clock.instant();
		boolean stillValid = grant.accessValidAt(now) && trigger != Trigger.UNAUTHORIZED;
		if (grant.refreshToken() == null) {
			// nothing to renew with: kept as it is until a new grant replaces it
			return stillValid ? Outcome.ok(grant.accessToken()) : Outcome.failed(new GrantRequiredException(Reason.EXPIRED));
		}
		if (this.policy.backingOff(grant, now)) {
			return stillValid ? Outcome.deferred(grant.accessToken()) : Outcome.failed(unavailable(grant, now, null));
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
			return failed(grant, ex, stillValid, now);
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

	private Outcome failed(StoredGrant grant, OAuth2AuthorizationException ex, boolean stillValid, Instant now) {
		String code = ex.getError().getErrorCode();
		String person = TokenFingerprint.of(grant.personId());
		if (TokenErrors.endsGrant(code)) {
			log.warn("Security event: Webex said the grant of person {} is dead ({}); grant deleted", person, code);
			this.vault.delete(grant.registrationId(), grant.personId(), "revoked");
			return Outcome.failed(new GrantRequiredException(Reason.REVOKED));
		}
		if (TokenErrors.INVALID_CLIENT.equals(code)) {
			log.error("Webex rejected this integration's client credentials (invalid_client) while refreshing person "
					+ "{}: check WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET; the grant is kept", person);
		}
		else {
			log.warn("Refresh of person {} failed for now ({}); tokens kept, retrying later", person, code);
		}
		StoredGrant failing = grant.withFailure(now, now.plus(this.policy.backoff(grant.refreshFailures() + 1)));
		this.vault.recordRefreshFailure(failing);
		return stillValid ? Outcome.deferred(grant.accessToken()) : Outcome.failed(unavailable(failing, now, code));
	}

	/** Renewal failed and the token cannot be used: "try again", or, after hours of failures, "GRANT again". */
	private RuntimeException unavailable(StoredGrant grant, Instant now, @Nullable String code) {
		if (this.policy.stalled(grant, now)) {
			return new GrantRequiredException(Reason.STALLED);
		}
		return new TokenRefreshUnavailableException("Webex could not renew access just now"
				+ ((code != null) ? " (" + code + ")" : "") + "; try again in a moment.");
	}

	private static String outcomeTag(String errorCode) {
		if (TokenErrors.endsGrant(errorCode)) {
			return "invalid_grant";
		}
		return TokenErrors.INVALID_CLIENT.equals(errorCode) ? "invalid_client" : "transient";
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
	public interface RegistrationSource {

		/** The registration id grants are stored under; known before the registration itself can be built. */
		String registrationId();

		ClientRegistration registration();

	}

	/**
	 * The transaction's result: a token, or an exception to throw once the transaction has committed.
	 *
	 * @param deferred the refresh failed for now (or is backing off) and the still-valid token was kept
	 */
	private record Outcome(@Nullable String value, @Nullable RuntimeException failure, boolean deferred) {

		static Outcome ok(String token) {
			return new Outcome(token, null, false);
		}

		static Outcome deferred(String token) {
			return new Outcome(token, null, true);
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
