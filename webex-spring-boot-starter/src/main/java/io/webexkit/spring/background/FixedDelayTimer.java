package io.webexkit.spring.background;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Runs one task on a named daemon thread, first after one interval and then an interval after each run ends; started
 * and stopped with its owner's lifecycle. The task handles its own failures: one that throws is not run again.
 */
public final class FixedDelayTimer {

	private final String threadName;

	private final Runnable task;

	private final Duration interval;

	private @Nullable ScheduledExecutorService timer;

	public FixedDelayTimer(String threadName, Runnable task, Duration interval) {
		this.threadName = threadName;
		this.task = task;
		this.interval = interval;
	}

	public synchronized void start() {
		if (this.timer == null) {
			ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
				Thread thread = new Thread(runnable, this.threadName);
				thread.setDaemon(true);
				return thread;
			});
			timer.scheduleWithFixedDelay(this.task, this.interval.toMillis(), this.interval.toMillis(),
					TimeUnit.MILLISECONDS);
			this.timer = timer;
		}
	}

	public synchronized void stop() {
		ScheduledExecutorService timer = this.timer;
		if (timer != null) {
			timer.shutdown();
			this.timer = null;
		}
	}

	public synchronized boolean isRunning() {
		return this.timer != null;
	}

}
