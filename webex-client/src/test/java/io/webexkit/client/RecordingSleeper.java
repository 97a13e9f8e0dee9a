package io.webexkit.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each requested wait and moves the test clock instead of blocking. */
final class RecordingSleeper implements Sleeper {

	private final TestClock clock;

	private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	RecordingSleeper(TestClock clock) {
		this.clock = clock;
	}

	@Override
	public void sleep(Duration duration) {
		this.sleeps.add(duration);
		this.clock.advance(duration);
	}

	List<Duration> sleeps() {
		return List.copyOf(this.sleeps);
	}

}
