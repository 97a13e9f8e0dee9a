package io.webexkit.simulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookHealthTests {

	private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

	private final WebhookHealth health = new WebhookHealth();

	@Test
	void recordFailureWhenHundredWithinFiveMinutesThenInactive() {
		for (int i = 0; i < 99; i++) {
			assertThat(this.health.recordFailure(START.plusSeconds(i))).isFalse();
		}
		assertThat(this.health.active()).isTrue();

		assertThat(this.health.recordFailure(START.plusSeconds(99))).as("the hundredth disables it").isTrue();

		assertThat(this.health.active()).isFalse();
	}

	@Test
	void recordFailureWhenOlderFailuresLeftTheWindowThenStillActive() {
		for (int i = 0; i < 99; i++) {
			this.health.recordFailure(START);
		}

		this.health.recordFailure(START.plus(WebhookHealth.WINDOW));

		assertThat(this.health.active()).as("failures exactly 5 minutes old are out of the window").isTrue();
		assertThat(this.health.recentFailures(START.plus(WebhookHealth.WINDOW))).isEqualTo(1);
	}

	@Test
	void recordFailureWhenInactiveThenNothingChanges() {
		disable(START);

		assertThat(this.health.recordFailure(START.plusSeconds(1))).isFalse();
		assertThat(this.health.active()).isFalse();
	}

	@Test
	void activateWhenWithinFiveMinutesOfBeingDisabledThenNextFailureDisablesAgain() {
		disable(START);
		this.health.activate(START.plus(WebhookHealth.WINDOW));
		assertThat(this.health.active()).isTrue();

		assertThat(this.health.recordFailure(START.plus(Duration.ofHours(1)))).isTrue();

		assertThat(this.health.active()).isFalse();
	}

	@Test
	void activateWhenLaterThanFiveMinutesAfterBeingDisabledThenHundredFailuresAgain() {
		disable(START);
		Instant later = START.plus(WebhookHealth.WINDOW).plusSeconds(1);
		this.health.activate(later);

		for (int i = 0; i < 99; i++) {
			assertThat(this.health.recordFailure(later.plusMillis(i))).isFalse();
		}
		assertThat(this.health.active()).isTrue();
		assertThat(this.health.recordFailure(later.plusSeconds(1))).isTrue();
	}

	@Test
	void deactivateWhenOwnerPausesThenReactivatingIsNoProbation() {
		this.health.deactivate();
		assertThat(this.health.active()).isFalse();

		this.health.activate(START);

		assertThat(this.health.recordFailure(START.plusSeconds(1))).isFalse();
		assertThat(this.health.active()).isTrue();
	}

	private void disable(Instant at) {
		for (int i = 0; i < WebhookHealth.FAILURE_LIMIT; i++) {
			this.health.recordFailure(at);
		}
		assertThat(this.health.active()).isFalse();
	}

}
