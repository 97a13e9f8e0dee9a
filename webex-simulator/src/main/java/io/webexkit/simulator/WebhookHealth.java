package io.webexkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

/**
 * Whether a webhook is active, by Webex's failure rules: {@value #FAILURE_LIMIT} failed deliveries (an answer other
 * than 2xx, or none) within {@link #WINDOW} make it inactive, and only its owner makes it active again. A webhook
 * reactivated within {@link #WINDOW} of being disabled is on probation: its next failure disables it again, however
 * long after (successes in between do not end the probation). Thread-safe.
 */
final class WebhookHealth {

	/** Failed deliveries within {@link #WINDOW} that disable a webhook. */
	static final int FAILURE_LIMIT = 100;

	static final Duration WINDOW = Duration.ofMinutes(5);

	/** When the failures still in the window happened, oldest first. */
	private final Deque<Instant> failures = new ArrayDeque<>();

	private boolean active = true;

	/** When the failure rules last disabled it; not set by an owner's {@code status: inactive}. */
	private @Nullable Instant disabledAt;

	private boolean probation;

	synchronized boolean active() {
		return this.active;
	}

	/**
	 * Counts a failed delivery that ended at {@code now}. Failures of deliveries still in flight when the webhook was
	 * disabled do not count.
	 * @return whether this failure disabled the webhook
	 */
	synchronized boolean recordFailure(Instant now) {
		if (!this.active) {
			return false;
		}
		if (this.probation) {
			disable(now);
			return true;
		}
		Instant horizon = now.minus(WINDOW);
		while (!this.failures.isEmpty() && !this.failures.peekFirst().isAfter(horizon)) {
			this.failures.removeFirst();
		}
		this.failures.addLast(now);
		if (this.failures.size() >= FAILURE_LIMIT) {
			disable(now);
			return true;
		}
		return false;
	}

	/** The owner's {@code status: active}; a webhook disabled less than {@link #WINDOW} ago goes on probation. */
	synchronized void activate(Instant now) {
		if (this.active) {
			return;
		}
		this.active = true;
		this.failures.clear();
		this.probation = this.disabledAt != null && now.isBefore(this.disabledAt.plus(WINDOW).plusNanos(1));
	}

	/** The owner's {@code status: inactive}: no deliveries until they set it active again. */
	synchronized void deactivate() {
		this.active = false;
		this.failures.clear();
		this.probation = false;
	}

	/** Failed deliveries counted in the window that ends at {@code now}. */
	synchronized int recentFailures(Instant now) {
		Instant horizon = now.minus(WINDOW);
		return (int) this.failures.stream().filter((failure) -> failure.isAfter(horizon)).count();
	}

	private void disable(Instant now) {
		this.active = false;
		this.disabledAt = now;
		this.failures.clear();
		this.probation = false;
	}

}
