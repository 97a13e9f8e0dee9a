package io.webexkit.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CallListenerTests {

	private final FakeWebex webex = new FakeWebex();

	private final List<String> events = new CopyOnWriteArrayList<>();

	private final WebexCallListener listener = new WebexCallListener() {

		@Override
		public void exchanged(String method, String resource, int status, Duration elapsed) {
			CallListenerTests.this.events.add(method + " " + resource + " " + status);
		}

		@Override
		public void waiting(String method, String resource, String reason, Duration wait) {
			CallListenerTests.this.events.add("wait " + reason + " " + wait.toSeconds());
		}

	};

	@AfterEach
	void close() {
		this.webex.close();
	}

	@Test
	void meWhenRateLimitedThenListenerSeesEachExchangeAndTheWait() {
		this.webex.enqueue(FakeWebex.json(429, "error-429.json").setHeader("Retry-After", "3").build())
			.enqueueJson(200, "people-me.json");

		this.webex.clientBuilder().callListener(this.listener).build().people().me();

		assertThat(this.events).containsExactly("GET /people 429", "wait rate_limit 3", "GET /people 200");
	}

	@Test
	void callListenerWhenNullThenRejectedAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebexClient.builder().callListener(null));
	}

}
