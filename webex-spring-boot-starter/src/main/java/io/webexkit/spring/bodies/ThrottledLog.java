package io.webexkit.spring.bodies;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * INFO lines about refused requests, at most one per interval for each reason: a flood of refusals (slow or unknown
 * senders) costs one line a minute, not one per request. The next line written says how many were held back.
 * Written by hand: SLF4J has no rate limit, and Logback's {@code DuplicateMessageFilter} is host-wide configuration
 * that counts nothing.
 */
public final class ThrottledLog {

	/** How often each reason may write a line. */
	public static final Duration INTERVAL = Duration.ofMinutes(1);

	private final Logger log;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	/**
	 * @param log where lines go
	 * @param clock the time
	 */
	public ThrottledLog(Logger log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Logs {@code message} at INFO, unless a line for the same {@code reason} was written less than
	 * {@link #INTERVAL} ago; then it is counted instead.
	 * @param reason a name from a small fixed set (a refusal's reason), never anything from the request
	 * @param message an SLF4J message
	 * @param arguments its arguments
	 */
	public void info(String reason, String message, Object... arguments) {
		if (!this.log.isInfoEnabled()) {
			return;
		}
		Window window = this.windows.computeIfAbsent(reason, (name) -> new Window());
		long now = this.clock.millis();
		long next = window.next.get();
		if (now < next || !window.next.compareAndSet(next, now + INTERVAL.toMillis())) {
			window.held.incrementAndGet();
			return;
		}
		long held = window.held.getAndSet(0);
		if (held == 0) {
			this.log.info(message, arguments);
			return;
		}
		Object[] withHeld = Arrays.copyOf(arguments, arguments.length + 1);
		withHeld[arguments.length] = held;
		this.log.info(message + " ({} more like it since the last such line)", withHeld);
	}

	private static final class Window {

		final AtomicLong next = new AtomicLong(Long.MIN_VALUE);

		final AtomicLong held = new AtomicLong();

	}

}
