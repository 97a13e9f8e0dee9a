package io.webexkit.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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

/** The token endpoint's in-flight count over real HTTP, with the latency knob making requests overlap. */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class TokenConcurrencyIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

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
		this.simulator.behavior().setTokenEndpointLatency(Duration.ofMillis(1500));

		// One thread per request: the common pool has a single thread on a 2-core machine.
		ExecutorService clients = Executors.newFixedThreadPool(refreshTokens.size());
		try {
			List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
			refreshTokens.forEach((token) -> responses
				.add(CompletableFuture.supplyAsync(() -> this.http.refresh(token), clients)));

			assertThat(responses).allSatisfy((response) -> assertThat(response.join().statusCode()).isEqualTo(200));
		}
		finally {
			clients.shutdownNow();
		}
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
