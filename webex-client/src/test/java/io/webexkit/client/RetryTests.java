package io.webexkit.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.RoomQuery;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RetryTests {

	private static final MessageRequest HELLO = MessageRequest.builder().roomId("room-1").text("Hello").build();

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	private static MockResponse serverError(int code) {
		return new MockResponse.Builder().code(code).setHeader("TrackingID", "ROUTER_" + code).build();
	}

	private static MockResponse stalled() {
		return new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).body("{}").build();
	}

	private WebexClient clientWithShortReadTimeout() {
		return this.webex.clientBuilder().readTimeout(Duration.ofMillis(500)).build();
	}

	@Test
	void listWhenServerErrorsThenRetriedWithCappedExponentialBackoffUntilSuccess() {
		this.webex.enqueue(serverError(503)).enqueue(serverError(500)).enqueueJson(200, "rooms-page-3.json");

		assertThat(this.webex.client().rooms().list(RoomQuery.all()).items()).hasSize(1);

		assertThat(this.webex.requestCount()).isEqualTo(3);
		// The fake randomness is 1.0, so full jitter reaches the ceiling: 200 ms, then 400 ms.
		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
	}

	@Test
	void listWhenServerErrorsPersistThenServerExceptionAfterTheRetries() {
		this.webex.enqueue(serverError(502)).enqueue(serverError(503)).enqueue(serverError(504));

		assertThatExceptionOfType(WebexServerException.class)
			.isThrownBy(() -> this.webex.client().rooms().list(RoomQuery.all()))
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(504);
				assertThat(ex.trackingId()).hasValue("ROUTER_504");
			});
		assertThat(this.webex.requestCount()).isEqualTo(3);
	}

	@Test
	void createWhenServerErrorThenNotRetriedBecauseTheMessageMayHaveBeenPosted() {
		this.webex.enqueue(serverError(500)).enqueueJson(200, "message-created.json");

		assertThatExceptionOfType(WebexServerException.class)
			.isThrownBy(() -> this.webex.client().messages().create(HELLO))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(500));
		assertThat(this.webex.requestCount()).isEqualTo(1);
		assertThat(this.webex.sleeper.sleeps()).isEmpty();
	}

	@Test
	void listWhenFirstAttemptTimesOutThenRetriedAndSucceeds() {
		this.webex.enqueue(stalled()).enqueueJson(200, "rooms-page-3.json");

		assertThat(clientWithShortReadTimeout().rooms().list(RoomQuery.all()).items()).hasSize(1);

		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofMillis(200));
	}

	@Test
	void listWhenEveryAttemptTimesOutThenTransportException() throws InterruptedException {
		this.webex.enqueue(stalled()).enqueue(stalled()).enqueue(stalled());

		assertThatExceptionOfType(WebexTransportException.class)
			.isThrownBy(() -> clientWithShortReadTimeout().rooms().list(RoomQuery.all()))
			.withMessageContaining("GET /v1/rooms failed")
			.satisfies((ex) -> assertThat(ex.trackingId()).hasValueSatisfying(
					(trackingId) -> assertThat(trackingId).startsWith("webexkit-test_")));
		// Two backoffs mean three attempts; a timed-out attempt may not even reach the server.
		assertThat(this.webex.sleeper.sleeps()).hasSize(2);
		assertThat(this.webex.awaitRequestCount(4, Duration.ofMillis(500))).isLessThanOrEqualTo(3);
	}

	@Test
	void createWhenTimeoutThenNotRetried() throws InterruptedException {
		this.webex.enqueue(stalled()).enqueueJson(200, "message-created.json");

		assertThatExceptionOfType(WebexTransportException.class)
			.isThrownBy(() -> clientWithShortReadTimeout().messages().create(HELLO));
		// No backoff means no second attempt; the server never sees more than the first one.
		assertThat(this.webex.sleeper.sleeps()).isEmpty();
		assertThat(this.webex.awaitRequestCount(2, Duration.ofMillis(500))).isLessThanOrEqualTo(1);
	}

	@Test
	void listWhenConnectionDropsThenRetriedAndSucceeds() {
		this.webex.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
		this.webex.enqueueJson(200, "rooms-page-3.json");

		assertThat(this.webex.client().rooms().list(RoomQuery.all()).items()).hasSize(1);
		assertThat(this.webex.requestCount()).isEqualTo(2);
	}

	@Test
	void listWhenNothingListensThenTransportException() {
		WebexClient client = this.webex.clientBuilder().retryPolicy(RetryPolicy.none()).build();
		this.webex.close();

		assertThatExceptionOfType(WebexTransportException.class)
			.isThrownBy(() -> client.rooms().list(RoomQuery.all()));
	}

	@Test
	void listWhenRetryWouldPassTheCallTimeoutThenGivesUp() {
		this.webex.enqueue(serverError(503)).enqueueJson(200, "rooms-page-3.json");
		WebexClient client = this.webex.clientBuilder()
			.retryPolicy(RetryPolicy.exponentialBackoff(2, Duration.ofSeconds(5), Duration.ofSeconds(5), () -> 1.0))
			.callTimeout(Duration.ofSeconds(2))
			.build();

		assertThatExceptionOfType(WebexServerException.class).isThrownBy(() -> client.rooms().list(RoomQuery.all()));
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void listWhenSleeperIsInterruptedThenTransportExceptionAndInterruptFlagKept() {
		this.webex.enqueue(serverError(503));
		WebexClient client = this.webex.clientBuilder().sleeper((duration) -> {
			throw new InterruptedException();
		}).build();

		try {
			assertThatExceptionOfType(WebexTransportException.class)
				.isThrownBy(() -> client.rooms().list(RoomQuery.all()))
				.withMessageContaining("Interrupted");
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

}
