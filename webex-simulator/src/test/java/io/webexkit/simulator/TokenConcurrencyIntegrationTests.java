package io.webexkit.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.CLIENT_ID;
import static io.webexkit.simulator.SimulatorHttp.CLIENT_SECRET;
import static io.webexkit.simulator.SimulatorHttp.REDIRECT_URI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The token endpoint's in-flight count over real HTTP, with requests made to overlap by holding back their bodies. */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenConcurrencyIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.simulator.registerClient(CLIENT_ID, CLIENT_SECRET, "Spaces", Set.of("spark:people_read"),
				Set.of(REDIRECT_URI));
		this.http = new SimulatorHttp(this.port);
	}

	@Test
	void maxTokenRequestsInFlightWhenRefreshesOverlapThenCountsEveryOne() {
		List<String> refreshTokens = refreshTokens(10);
		// Each request's body is held back by one byte: the endpoint has started on all ten (and waits for the rest
		// of its form) before any can finish, however slow the machine.
		CompletableFuture<Void> release = new CompletableFuture<>();
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		refreshTokens.forEach((token) -> responses.add(refreshHeldBack(token, release)));
		try {
			await().atMost(Duration.ofSeconds(30)).until(this.simulator::tokenRequestsInFlight, (n) -> n == 10);
		}
		finally {
			release.complete(null);
		}

		assertThat(responses).allSatisfy((response) -> assertThat(response.join().statusCode()).isEqualTo(200));
		assertThat(this.simulator.maxTokenRequestsInFlight()).isEqualTo(10);
		assertThat(this.simulator.tokenRequestsInFlight()).isZero();
		assertThat(this.simulator.tokenRequests("refresh_token")).isEqualTo(10);
	}

	@Test
	void maxTokenRequestsInFlightWhenRefreshesOneAfterAnotherThenOne() {
		List<String> refreshTokens = refreshTokens(3);
		this.simulator.behavior().setTokenEndpointLatency(Duration.ofMillis(50));

		refreshTokens.forEach((token) -> assertThat(this.http.refresh(token).statusCode()).isEqualTo(200));

		assertThat(this.simulator.maxTokenRequestsInFlight()).isOne();
		assertThat(this.simulator.tokenRequests()).isEqualTo(3);
	}

	@Test
	void maxTokenRequestsInFlightWhenRequestRefusedThenStillCountedAndReleased() {
		this.http.refresh("not-a-refresh-token");

		assertThat(this.simulator.maxTokenRequestsInFlight()).isOne();
		assertThat(this.simulator.tokenRequestsInFlight()).isZero();
	}

	/** A refresh whose form is sent but for its last byte, which follows once {@code release} completes. */
	private CompletableFuture<HttpResponse<String>> refreshHeldBack(String refreshToken,
			CompletableFuture<Void> release) {
		byte[] form = SimulatorHttp.form(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken))
			.getBytes(StandardCharsets.US_ASCII);
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.http.base() + "/v1/access_token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", SimulatorHttp.basic(CLIENT_ID, CLIENT_SECRET))
			.POST(HttpRequest.BodyPublishers.fromPublisher(new HeldBack(form, release), form.length))
			.build();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A body published without blocking the HTTP client's threads: all but the last byte when asked, the last byte
	 * (and the end) when {@code release} completes.
	 */
	private record HeldBack(byte[] body, CompletableFuture<Void> release) implements Flow.Publisher<ByteBuffer> {

		@Override
		public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
			subscriber.onSubscribe(new Flow.Subscription() {

				private int parts;

				@Override
				public synchronized void request(long n) {
					long demand = n;
					if (this.parts == 0 && demand > 0) {
						this.parts = 1;
						demand--;
						subscriber.onNext(ByteBuffer.wrap(HeldBack.this.body, 0, HeldBack.this.body.length - 1));
					}
					if (this.parts == 1 && demand > 0) {
						this.parts = 2;
						HeldBack.this.release.thenRun(() -> {
							subscriber.onNext(ByteBuffer.wrap(HeldBack.this.body, HeldBack.this.body.length - 1, 1));
							subscriber.onComplete();
						});
					}
				}

				@Override
				public void cancel() {
				}

			});
		}

	}

	private List<String> refreshTokens(int count) {
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			tokens.add(this.simulator
				.issueTokensDirectly(CLIENT_ID, this.simulator.users().get(i % 3).id(), Set.of("spark:people_read"))
				.refreshToken());
		}
		return tokens;
	}

}
