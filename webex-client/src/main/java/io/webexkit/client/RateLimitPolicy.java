package io.webexkit.client;

import java.time.Duration;
import java.util.Optional;

/** Strategy deciding whether a rate-limited call (429, or 423 with Retry-After) waits or fails. */
@FunctionalInterface
public interface RateLimitPolicy {

	/**
	 * Returns how long to wait before retrying, or empty to fail with
	 * {@link WebexRateLimitException}. The client never retries before {@code retryAfter} has
	 * passed, whatever is returned.
	 * @param retryAfter the wait Webex asked for
	 * @param retriesSoFar how many rate-limited retries this call already made
	 */
	Optional<Duration> waitBeforeRetry(Duration retryAfter, int retriesSoFar);

	/** Waits up to 30 s per retry, at most 2 retries. */
	static RateLimitPolicy defaults() {
		return waitUpTo(Duration.ofSeconds(30), 2);
	}

	/** Waits as Webex asks when that is at most {@code maxWait}, at most {@code maxRetries} times. */
	static RateLimitPolicy waitUpTo(Duration maxWait, int maxRetries) {
		Checks.positive(maxWait, "maxWait");
		Checks.notNegative(maxRetries, "maxRetries");
		return new RateLimitPolicy() {
			@Override
			public Optional<Duration> waitBeforeRetry(Duration retryAfter, int retriesSoFar) {
				boolean allowed = retriesSoFar < maxRetries && retryAfter.compareTo(maxWait) <= 0;
				return allowed ? Optional.of(retryAfter) : Optional.empty();
			}

			@Override
			public String toString() {
				return "RateLimitPolicy[waitUpTo=" + maxWait + ", maxRetries=" + maxRetries + "]";
			}
		};
	}

	/** Never waits: the caller decides what to do with {@link WebexRateLimitException#retryAfter()}. */
	static RateLimitPolicy failFast() {
		return (retryAfter, retriesSoFar) -> Optional.empty();
	}

}
