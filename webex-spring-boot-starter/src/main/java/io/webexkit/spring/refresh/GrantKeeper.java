package io.webexkit.spring.refresh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.background.FixedDelayTimer;
import io.webexkit.spring.refresh.RefreshCoordinator.BackgroundOutcome;
import io.webexkit.spring.vault.GrantIndex;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps grants alive in the background: refreshes those whose access token is about to expire or whose refresh token
 * would otherwise lapse, a few at a time. A sweep stops early when Webex pushes back (429, 5xx), and a grant another
 * instance is refreshing is skipped, so each grant has one runner across instances. Grants nobody has used for
 * {@code WEBEX_GRANT_IDLE_DAYS} are no longer kept alive: they lapse with their refresh token and are then removed.
 */
public class GrantKeeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GrantKeeper.class);

	private final GrantIndex index;

	private final RefreshCoordinator coordinator;

	private final Clock clock;

	private final int concurrency;

	private final int batchSize;

	private final ExecutorService workers;

	private final Duration interval;

	/** Runs the sweeps: its own thread, so the host needs no {@code @EnableScheduling}. */
	private final FixedDelayTimer timer;

	/**
	 * @param concurrency how many grants a sweep refreshes at once
	 * @param interval the pause between the end of one sweep and the start of the next
	 */
	public GrantKeeper(GrantIndex index, RefreshCoordinator coordinator, Clock clock, int concurrency,
			Duration interval) {
		this.index = index;
		this.coordinator = coordinator;
		this.clock = clock;
		this.concurrency = concurrency;
		this.batchSize = concurrency * 25;
		this.interval = interval;
		this.timer = new FixedDelayTimer("webex-grant-sweep", this::scheduledSweep, interval);
		this.workers = Executors.newFixedThreadPool(concurrency, (task) -> {
			Thread thread = new Thread(task, "webex-grant-keeper");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void start() {
		this.timer.start();
	}

	@Override
	public void stop() {
		this.timer.stop();
		this.workers.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.timer.isRunning();
	}

	void scheduledSweep() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Background refresh sweep failed: {}", ex.toString());
		}
	}

	/** One pass over the grants that are due; returns what was done to each. */
	public List<BackgroundOutcome> sweep() {
		Instant now = this.clock.instant();
		RefreshPolicy policy = this.coordinator.policy();
		removeLapsed(policy, now);
		Duration ahead = policy.margin().multipliedBy(2);
		List<String> due = this.index.dueForRefresh(this.coordinator.registrationId(), now.plus(ahead),
				now.plus(RefreshPolicy.REFRESH_TOKEN_RENEWAL), now, policy.idleCutoff(now), this.batchSize);
		if (due.isEmpty()) {
			return List.of();
		}
		AtomicBoolean pushedBack = new AtomicBoolean();
		List<Future<BackgroundOutcome>> results = new ArrayList<>();
		for (String personId : due) {
			results.add(this.workers.submit(() -> {
				if (pushedBack.get()) {
					return BackgroundOutcome.SKIPPED;
				}
				BackgroundOutcome outcome = this.coordinator.refreshIfDue(personId);
				if (outcome == BackgroundOutcome.UNAVAILABLE) {
					pushedBack.set(true); // Webex is limiting or failing: leave the rest for a later sweep
				}
				return outcome;
			}));
		}
		List<BackgroundOutcome> outcomes = new ArrayList<>();
		for (Future<BackgroundOutcome> result : results) {
			try {
				outcomes.add(result.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (ExecutionException ex) {
				log.warn("Background refresh failed: {}", ex.getCause().toString());
			}
		}
		log.debug("Background refresh sweep: {} due, outcomes {}", due.size(), outcomes);
		return outcomes;
	}

	private void removeLapsed(RefreshPolicy policy, Instant now) {
		int removed = this.index.removeLapsed(this.coordinator.registrationId(), policy.idleCutoff(now), now,
				RefreshPolicy.ASSUMED_REFRESH_LIFETIME);
		if (removed > 0) {
			log.info("Removed {} grant(s) nobody had used since {} and whose refresh token had lapsed", removed,
					policy.idleCutoff(now));
		}
	}

	int concurrency() {
		return this.concurrency;
	}

	/** Stops the workers without waiting (for tests that never started the keeper). */
	public void destroy() {
		stop();
	}

}
