package io.webexkit.client;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTests {

	@Test
	void delayBeforeRetryWhenRandomIsMaximalThenDoublesUpToTheCap() {
		RetryPolicy policy = RetryPolicy.exponentialBackoff(6, Duration.ofMillis(200), Duration.ofSeconds(2), () -> 1.0);

		assertThat(IntStream.range(0, 6).mapToObj((n) -> policy.delayBeforeRetry(n).orElseThrow().toMillis()))
			.containsExactly(200L, 400L, 800L, 1600L, 2000L, 2000L);
		assertThat(policy.delayBeforeRetry(6)).isEmpty();
	}

	@Test
	void delayBeforeRetryWhenDefaultsThenAtMostTwoRetriesWithinTheCeiling() {
		RetryPolicy policy = RetryPolicy.defaults();

		assertThat(policy.delayBeforeRetry(0)).hasValueSatisfying(
				(delay) -> assertThat(delay).isBetween(Duration.ZERO, Duration.ofMillis(200)));
		assertThat(policy.delayBeforeRetry(1)).hasValueSatisfying(
				(delay) -> assertThat(delay).isBetween(Duration.ZERO, Duration.ofMillis(400)));
		assertThat(policy.delayBeforeRetry(2)).isEmpty();
	}

	@Test
	void delayBeforeRetryWhenManyRetriesThenNoOverflow() {
		RetryPolicy policy = RetryPolicy.exponentialBackoff(Integer.MAX_VALUE, Duration.ofMillis(200),
				Duration.ofSeconds(2), () -> 1.0);

		assertThat(policy.delayBeforeRetry(1_000)).hasValue(Duration.ofSeconds(2));
	}

	@Test
	void exponentialBackoffWhenArgumentsAreBadThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> RetryPolicy.exponentialBackoff(-1, Duration.ofMillis(1), Duration.ofMillis(1)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> RetryPolicy.exponentialBackoff(1, Duration.ZERO, Duration.ofMillis(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> RetryPolicy.exponentialBackoff(1, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.waitUpTo(Duration.ofSeconds(-1), 1));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimitPolicy.waitUpTo(Duration.ofSeconds(1), -1));
	}

	@Test
	void waitBeforeRetryWhenDefaultsThenUpToThirtySecondsAndTwoRetries() {
		RateLimitPolicy policy = RateLimitPolicy.defaults();

		assertThat(policy.waitBeforeRetry(Duration.ofSeconds(30), 0)).hasValue(Duration.ofSeconds(30));
		assertThat(policy.waitBeforeRetry(Duration.ofSeconds(31), 0)).isEmpty();
		assertThat(policy.waitBeforeRetry(Duration.ofSeconds(1), 2)).isEmpty();
	}

}
