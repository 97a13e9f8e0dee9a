package io.webexkit.client;

import java.time.Duration;

/** Waits between attempts; injectable so tests never really wait. */
@FunctionalInterface
public interface Sleeper {

	void sleep(Duration duration) throws InterruptedException;

	/** Blocks the calling thread. */
	static Sleeper system() {
		return (duration) -> Thread.sleep(duration.toMillis());
	}

}
