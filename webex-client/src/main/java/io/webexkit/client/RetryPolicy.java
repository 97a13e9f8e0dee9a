package io.webexkit.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/** Strategy for retrying idempotent calls after 5xx answers, timeouts and I/O errors. */
@FunctionalInterface
public interface RetryPolicy {

	/**
	 * Returns the delay before the next attempt, or empty to give up.
	 * @param retriesSoFar how many such retries this call already made
	 */
	Optional<Duration> delayBeforeRetry(int retriesSoFar);

	/** Two retries, exponential backoff from 200 ms capped at 2 s, full jitter. */
	static RetryPolicy defaults() {
		return exponentialBackoff(2, Duration.ofMillis(200), Duration.ofSeconds(2));
	}

	/** Never retries. */
	static RetryPolicy none() {
		return (retriesSoFar) -> Optional.empty();
	}

	/** Capped exponential backoff with full jitter: a random delay in [0, min(cap, base * 2^n)]. */
	static RetryPolicy exponentialBackoff(int maxRetries, Duration base, Duration cap) {
		return exponentialBackoff(maxRetries, base, cap, () -> ThreadLocalRandom.current().nextDouble());
	}

	/** As {@link #exponentialBackoff(int, Duration, Duration)} with the given source of [0, 1) randomness. */
	static RetryPolicy exponentialBackoff(int maxRetries, Duration base, Duration cap, DoubleSupplier random) {
		Checks.notNegative(maxRetries, "maxRetries");
		Checks.positive(base, "base");
		Checks.positive(cap, "cap");
		Checks.notNull(random, "random");
		return (retriesSoFar) -> {
			if (retriesSoFar >= maxRetries) {
				return Optional.empty();
			}
			// Shifting past 2^20 could overflow; the cap applies long before that anyway.
			long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(retriesSoFar, 20));
			return Optional.of(Duration.ofMillis((long) (random.getAsDouble() * ceiling)));
		};
	}

}
