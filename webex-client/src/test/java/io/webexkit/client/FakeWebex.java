package io.webexkit.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A fake Webex API on a local port: answers queued responses in order, records each request and
 * the test-clock time it arrived at, and builds clients pointed at it.
 */
final class FakeWebex implements AutoCloseable {

	final TestClock clock = new TestClock();

	final RecordingSleeper sleeper = new RecordingSleeper(this.clock);

	final RecordingTokens tokens = new RecordingTokens();

	private final MockWebServer server = new MockWebServer();

	private final BlockingQueue<MockResponse> responses = new LinkedBlockingQueue<>();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final List<Instant> arrivals = new CopyOnWriteArrayList<>();

	FakeWebex() {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				FakeWebex.this.requests.add(request);
				FakeWebex.this.arrivals.add(FakeWebex.this.clock.instant());
				MockResponse response = FakeWebex.this.responses.poll();
				return (response != null) ? response
						: new MockResponse.Builder().code(599).body("no response queued").build();
			}
		});
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code http://localhost:port/v1}. */
	URI baseUrl() {
		return this.server.url("/v1").uri();
	}

	String url(String pathAndQuery) {
		return this.server.url("/v1" + pathAndQuery).toString();
	}

	/** A builder with the fake clock, sleeper and tokens; tests tweak it further. */
	WebexClient.Builder clientBuilder() {
		return WebexClient.builder()
			.baseUrl(baseUrl())
			.tokenSupplier(this.tokens)
			.clock(this.clock)
			.sleeper(this.sleeper)
			.trackingIdPrefix("webexkit-test")
			.retryPolicy(RetryPolicy.exponentialBackoff(2, Duration.ofMillis(200), Duration.ofSeconds(2), () -> 1.0));
	}

	WebexClient client() {
		return clientBuilder().build();
	}

	FakeWebex enqueue(MockResponse response) {
		this.responses.add(response);
		return this;
	}

	FakeWebex enqueueJson(int code, String fixture) {
		return enqueue(json(code, fixture).build());
	}

	static MockResponse.Builder json(int code, String fixture) {
		return new MockResponse.Builder().code(code)
			.setHeader("Content-Type", "application/json;charset=UTF-8")
			.setHeader("TrackingID", "ROUTER_" + fixture)
			.body(fixture(fixture));
	}

	static String fixture(String name) {
		try (InputStream in = FakeWebex.class.getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	RecordedRequest request(int index) {
		return this.requests.get(index);
	}

	/** The test-clock time each request arrived at. */
	List<Instant> arrivals() {
		return List.copyOf(this.arrivals);
	}

	/**
	 * Waits (briefly, in real time) until {@code count} requests arrived: a request the client
	 * gave up on can still be recorded by the server a little later.
	 */
	int awaitRequestCount(int count, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (this.requests.size() < count && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(10);
		}
		return this.requests.size();
	}

	int requestCount() {
		return this.requests.size();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
