package io.webexkit.client;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.RoomQuery;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RateLimitTests {

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	private static MockResponse tooManyRequests(String retryAfter) {
		return FakeWebex.json(429, "error-429.json").setHeader("Retry-After", retryAfter).build();
	}

	@Test
	void meWhenRetryAfterIsInSecondsThenWaitsExactlyThatLongBeforeTheNextRequest() {
		this.webex.enqueue(tooManyRequests("3")).enqueueJson(200, "people-me.json");

		assertThat(this.webex.client().people().me().displayName()).isEqualTo("Alice Example");

		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
		assertThat(this.webex.arrivals()).containsExactly(TestClock.START, TestClock.START.plusSeconds(3));
	}

	@Test
	void meWhenRetryAfterIsAnHttpDateThenWaitsUntilThatDateOnTheInjectedClock() {
		String date = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(TestClock.START.plusSeconds(7).atOffset(ZoneOffset.UTC));
		this.webex.enqueue(tooManyRequests(date)).enqueueJson(200, "people-me.json");

		this.webex.client().people().me();

		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
		assertThat(this.webex.arrivals().get(1)).isEqualTo(TestClock.START.plusSeconds(7));
	}

	@Test
	void meWhenRetryAfterIsMalformedThenWaitsTheFifteenSecondDefault() {
		this.webex.enqueue(tooManyRequests("rand(30),add(30)")).enqueueJson(200, "people-me.json");

		this.webex.client().people().me();

		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(15));
		assertThat(this.webex.arrivals().get(1)).isEqualTo(TestClock.START.plusSeconds(15));
	}

	@Test
	void meWhenRetryAfterIsZeroThenWaitsTheOneSecondFloor() {
		this.webex.enqueue(tooManyRequests("0")).enqueueJson(200, "people-me.json");

		this.webex.client().people().me();

		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
	}

	@Test
	void meWhenRetryAfterExceedsMaxWaitThenThrowsWithRetryAfterAndDoesNotCallAgain() {
		this.webex.enqueue(tooManyRequests("3600"));

		assertThatExceptionOfType(WebexRateLimitException.class).isThrownBy(() -> this.webex.client().people().me())
			.satisfies((ex) -> {
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofHours(1));
				assertThat(ex.status()).isEqualTo(429);
				assertThat(ex.trackingId()).hasValue("ROUTER_error-429.json");
			});
		assertThat(this.webex.requestCount()).isEqualTo(1);
		assertThat(this.webex.sleeper.sleeps()).isEmpty();
	}

	@Test
	void meWhenStillLimitedAfterMaxRetriesThenThrowsAfterWaitingEachTime() {
		this.webex.enqueue(tooManyRequests("2")).enqueue(tooManyRequests("4")).enqueue(tooManyRequests("5"));

		assertThatExceptionOfType(WebexRateLimitException.class).isThrownBy(() -> this.webex.client().people().me())
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(5)));
		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
		assertThat(this.webex.arrivals()).containsExactly(TestClock.START, TestClock.START.plusSeconds(2),
				TestClock.START.plusSeconds(6));
	}

	@Test
	void meWhenPolicyIsFailFastThenThrowsAtOnce() {
		this.webex.enqueue(tooManyRequests("3"));
		WebexClient client = this.webex.clientBuilder().rateLimitPolicy(RateLimitPolicy.failFast()).build();

		assertThatExceptionOfType(WebexRateLimitException.class).isThrownBy(() -> client.people().me())
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(3)));
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void meWhenPolicyReturnsAShorterWaitThenRetryAfterStillWins() {
		this.webex.enqueue(tooManyRequests("9")).enqueueJson(200, "people-me.json");
		WebexClient client = this.webex.clientBuilder()
			.rateLimitPolicy((retryAfter, retries) -> java.util.Optional.of(Duration.ofMillis(1)))
			.build();

		client.people().me();

		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(9));
	}

	@Test
	void meWhenWaitWouldPassTheCallTimeoutThenThrowsWithoutWaiting() {
		this.webex.enqueue(tooManyRequests("20"));
		WebexClient client = this.webex.clientBuilder().callTimeout(Duration.ofSeconds(10)).build();

		assertThatExceptionOfType(WebexRateLimitException.class).isThrownBy(() -> client.people().me());
		assertThat(this.webex.sleeper.sleeps()).isEmpty();
	}

	@Test
	void listWhenLockedWithRetryAfterThenHandledLikeRateLimit() {
		this.webex.enqueue(new MockResponse.Builder().code(423).setHeader("Retry-After", "4").build());
		this.webex.enqueueJson(200, "rooms-empty.json");

		assertThat(this.webex.client().rooms().list(RoomQuery.all()).items()).isEmpty();
		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(4));
	}

	@Test
	void listWhenLockedWithoutRetryAfterThenPlainApiError() {
		this.webex.enqueue(new MockResponse.Builder().code(423).build());

		assertThatExceptionOfType(WebexApiException.class)
			.isThrownBy(() -> this.webex.client().rooms().list(RoomQuery.all()))
			.isNotInstanceOf(WebexRateLimitException.class)
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(423));
	}

	@Test
	void createWhenRateLimitedThenRetriedBecauseWebexDidNotProcessIt() {
		this.webex.enqueue(tooManyRequests("3")).enqueueJson(200, "message-created.json");

		this.webex.client().messages().create(MessageRequest.builder().roomId("room-1").text("Hello").build());

		assertThat(this.webex.requestCount()).isEqualTo(2);
		assertThat(this.webex.request(1).getMethod()).isEqualTo("POST");
		assertThat(this.webex.sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void meWhenGatewayAnswers429InHtmlWithoutRetryAfterThenDefaultWaitAndReadableError() {
		this.webex.enqueue(new MockResponse.Builder().code(429)
			.setHeader("Content-Type", "text/html")
			.body(FakeWebex.fixture("gateway-429.html"))
			.build());
		WebexClient client = this.webex.clientBuilder().rateLimitPolicy(RateLimitPolicy.failFast()).build();

		assertThatExceptionOfType(WebexRateLimitException.class).isThrownBy(() -> client.people().me())
			.satisfies((ex) -> {
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(15));
				assertThat(ex.errorMessage()).hasValue("429 Too Many Requests 429 Too Many Requests nginx");
			});
	}

}
