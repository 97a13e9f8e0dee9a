package io.webexkit.spring.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.webexkit.spring.GrantRequiredException.Reason;
import io.webexkit.spring.vault.StoredGrant;

/**
 * The decisions about a grant, apart from the mechanism that carries them out ({@link RefreshCoordinator}'s locks,
 * permits and transactions): when to refresh, how long to back off, when a failing grant should be granted again, and
 * when an unused grant is let go. Pure functions of the grant and the time.
 */
public final class RefreshPolicy {

	/** How long before a refresh token lapses the background job renews the grant. */
	public static final Duration REFRESH_TOKEN_RENEWAL = Duration.ofDays(7);

	/**
	 * Webex's documented refresh token lifetime (about 90 days), assumed when a token response did not say: a grant
	 * unused that long after its refresh token was issued is taken to have lapsed.
	 */
	public static final Duration ASSUMED_REFRESH_LIFETIME = Duration.ofDays(90);

	static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);

	static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

	/**
	 * Refreshes that keep failing for this long (and at least {@link #STALLED_FAILURES} times) while the access token
	 * has expired make the app offer GRANT again. The row stays until the new grant replaces it: the failure may be
	 * ours (a proxy, a wrong token URL) and Webex may still honour the grant once it is fixed.
	 */
	static final Duration STALLED_AFTER = Duration.ofHours(6);

	static final int STALLED_FAILURES = 3;

	/** A use is recorded at most this often per grant, so page views do not each write the row. */
	static final Duration USE_GRANULARITY = Duration.ofDays(1);

	private final Duration margin;

	private final Duration idleAfter;

	/**
	 * @param margin how long before expiry an access token is refreshed
	 * @param idleAfter a grant unused this long is no longer kept alive in the background
	 */
	public RefreshPolicy(Duration margin, Duration idleAfter) {
		if (margin.isNegative()) {
			throw new IllegalArgumentException("The refresh margin must not be negative");
		}
		if (idleAfter.isNegative() || idleAfter.isZero()) {
			throw new IllegalArgumentException("The idle period must be positive");
		}
		this.margin = margin;
		this.idleAfter = idleAfter;
	}

	public Duration margin() {
		return this.margin;
	}

	/** A request needs a fresh access token: the current one expires within the margin (or has). */
	boolean dueNow(StoredGrant grant, Instant now) {
		return grant.accessExpiresWithin(this.margin, now);
	}

	/** The background should refresh: due now, or the refresh token would otherwise lapse soon. */
	boolean dueInBackground(StoredGrant grant, Instant now) {
		return dueNow(grant, now) || refreshTokenLapsesSoon(grant, now);
	}

	/**
	 * The refresh token expires within {@link #REFRESH_TOKEN_RENEWAL}: refresh (at most once a day, in case Webex
	 * does not extend it) so an idle user does not lose the grant.
	 */
	boolean refreshTokenLapsesSoon(StoredGrant grant, Instant now) {
		Instant expires = grant.refreshExpiresAt();
		Instant lastRefresh = grant.accessIssuedAt();
		return expires != null && expires.isBefore(now.plus(REFRESH_TOKEN_RENEWAL))
				&& (lastRefresh == null || lastRefresh.isBefore(now.minus(Duration.ofDays(1))));
	}

	/** How long to wait after the {@code failures}-th failed refresh in a row: doubling from 30 s, at most 30 min. */
	Duration backoff(int failures) {
		Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(failures, 1) - 1, 10));
		return (backoff.compareTo(MAX_BACKOFF) <= 0) ? backoff : MAX_BACKOFF;
	}

	boolean backingOff(StoredGrant grant, Instant now) {
		Instant next = grant.nextRefreshAttemptAt();
		return next != null && now.isBefore(next);
	}

	/** Refreshes have failed for hours: offer GRANT again (the row is kept). */
	boolean stalled(StoredGrant grant, Instant now) {
		Instant since = grant.refreshFailingSince();
		return grant.refreshFailures() >= STALLED_FAILURES && since != null
				&& !since.isAfter(now.minus(STALLED_AFTER));
	}

	/** Why the user must GRANT again to use this grant now, if they must. */
	Optional<Reason> unusable(StoredGrant grant, Instant now) {
		if (grant.accessValidAt(now)) {
			return Optional.empty();
		}
		if (grant.refreshToken() == null) {
			return Optional.of(Reason.EXPIRED);
		}
		return stalled(grant, now) ? Optional.of(Reason.STALLED) : Optional.empty();
	}

	/** Whether a use now should be written down (the last recorded one is older than a day). */
	boolean useWorthRecording(StoredGrant grant, Instant now) {
		Instant last = grant.lastUsedAt();
		return last == null || last.isBefore(now.minus(USE_GRANULARITY));
	}

	/** Grants not used since this instant are idle: no longer refreshed in the background. */
	Instant idleCutoff(Instant now) {
		return now.minus(this.idleAfter);
	}

}
