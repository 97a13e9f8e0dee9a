package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class TokenStatsTests {

	private final WebexSimulator simulator = new WebexSimulator();

	@Test
	void maxTokenRequestsInFlightWhenStartedAndFinishedThenHighestOverlap() {
		start(3);
		finish(2);
		start(1);

		assertThat(this.simulator.tokenRequestsInFlight()).isEqualTo(2);
		assertThat(this.simulator.maxTokenRequestsInFlight()).isEqualTo(3);
		finish(2);
		assertThat(this.simulator.tokenRequestsInFlight()).isZero();
		assertThat(this.simulator.maxTokenRequestsInFlight()).isEqualTo(3);
	}

	@Test
	void resetStatsWhenRequestsInFlightThenMaximumStartsFromThem() {
		start(5);
		finish(3);

		this.simulator.resetStats();

		assertThat(this.simulator.maxTokenRequestsInFlight()).isEqualTo(2);
		finish(2);
		this.simulator.resetStats();
		assertThat(this.simulator.maxTokenRequestsInFlight()).isZero();
	}

	@Test
	void maxTokenRequestsInFlightWhenThreadsOverlapAtABarrierThenExactlyTheirNumber() throws Exception {
		int threads = 16;
		CyclicBarrier allStarted = new CyclicBarrier(threads);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				done.add(pool.submit(() -> {
					this.simulator.tokenRequestStarted();
					try {
						allStarted.await(10, TimeUnit.SECONDS);
					}
					finally {
						this.simulator.tokenRequestFinished();
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.simulator.maxTokenRequestsInFlight()).isEqualTo(threads);
		assertThat(this.simulator.tokenRequestsInFlight()).isZero();
	}

	@Test
	void maxTokenRequestsInFlightWhenHammeredThenNeverAboveTheThreadsAndBackToZero() throws Exception {
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				done.add(pool.submit(() -> {
					for (int n = 0; n < 20_000; n++) {
						this.simulator.tokenRequestStarted();
						this.simulator.tokenRequestFinished();
					}
				}));
			}
			for (Future<?> future : done) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(this.simulator.tokenRequestsInFlight()).isZero();
		assertThat(this.simulator.maxTokenRequestsInFlight()).isBetween(1, threads);
	}

	@Test
	void tokenRequestsByGrantTypeWhenCountedThenByNameAndZeroedByResetStats() {
		this.simulator.countTokenRequest("refresh_token");
		this.simulator.countTokenRequest("authorization_code");
		this.simulator.countTokenRequest("refresh_token");
		this.simulator.countTokenRequest(null);

		assertThat(this.simulator.tokenRequestsByGrantType()).containsExactly(
				entry("authorization_code", 1L),
				entry("refresh_token", 2L));
		assertThat(this.simulator.tokenRequests()).isEqualTo(4);
		this.simulator.resetStats();
		assertThat(this.simulator.tokenRequests()).isZero();
		assertThat(this.simulator.tokenRequests("refresh_token")).isZero();
	}

	private void start(int n) {
		for (int i = 0; i < n; i++) {
			this.simulator.tokenRequestStarted();
		}
	}

	private void finish(int n) {
		for (int i = 0; i < n; i++) {
			this.simulator.tokenRequestFinished();
		}
	}

}
