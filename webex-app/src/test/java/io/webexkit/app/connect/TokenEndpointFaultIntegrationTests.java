package io.webexkit.app.connect;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.webexkit.app.Browser;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The code exchange against a token endpoint that misbehaves: the simulator still serves the consent page and issues
 * the code, but the app redeems it at a local server standing in for Webex's token endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TokenEndpointFaultIntegrationTests {

	/** Sent in every faulty answer; it must never reach the user. */
	private static final String UPSTREAM = "UPSTREAM-BODY-7f3a";

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

	private static final HttpServer tokenEndpoint = start();

	private static volatile Fault fault = Fault.BAD_REQUEST;

	private static final AtomicInteger exchanges = new AtomicInteger();

	private static final AtomicInteger redirectsFollowed = new AtomicInteger();

	private static final AtomicInteger streamsEnded = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	TokenVault vault;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
		registry.add("webex.token-url", () -> tokenEndpointUrl("/access_token"));
		registry.add("webex.read-timeout", READ_TIMEOUT::toString);
		registry.add("webex.connect-timeout", () -> "2s");
	}

	@AfterAll
	static void stop() {
		tokenEndpoint.stop(0);
	}

	@BeforeEach
	void reset() {
		this.simulator.reset();
		exchanges.set(0);
		redirectsFollowed.set(0);
	}

	/** What the token endpoint does, and the status of the page the user gets. */
	enum Fault {

		BAD_REQUEST(502), INVALID_CLIENT(502), SERVER_ERROR(503), HTML_BAD_GATEWAY(503), MALFORMED_JSON(502),
		EMPTY_BODY(502), HUGE_TOKEN(502), REDIRECT(502), STALL(502), ENDLESS(502), TRICKLE(502);

		/** 503 where Webex says it is failing (try again later), 502 where its answer is unusable. */
		private final int page;

		Fault(int page) {
			this.page = page;
		}

	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	@Tag("C10")
	@Tag("C12")
	void codeExchangeWhenTokenEndpointMisbehavesThenErrorPageAndNothingStored(Fault fault) { // C10, C12, C13, C14, C15
		TokenEndpointFaultIntegrationTests.fault = fault;
		Browser browser = new Browser(this.port);
		URI callback = GrantFlow.consent(browser, "accept", null);
		// A stalled or endless answer is bounded by the app's timeouts: without them this request would outlast the
		// browser's own 30 s limit (STALL answers a valid token after a minute, which must never be stored).
		HttpResponse<String> returned = browser.get(callback.toString());
		HttpResponse<String> page = browser.follow(returned);

		assertThat(exchanges.get()).as("code exchanges").isEqualTo(1);
		assertThat(page.statusCode()).isEqualTo(fault.page);
		assertThat(page.body()).containsAnyOf("Webex did not complete the grant", "Webex is having trouble")
			.contains("Reference")
			.contains(page.headers().firstValue("X-Request-Id").orElseThrow())
			.doesNotContain(UPSTREAM)
			.doesNotContain("Whitelabel")
			.doesNotContain("Exception");
		assertThat(this.vault.count()).as("grants stored").isZero();
		HttpResponse<String> spaces = browser.get("/spaces");
		assertThat(spaces.statusCode()).as("not signed in").isEqualTo(302);
	}

	@Test
	@Tag("C13")
	void codeExchangeWhenTokenEndpointRedirectsThenRedirectIsNotFollowed() { // C13
		fault = Fault.REDIRECT;
		Browser browser = new Browser(this.port);
		browser.follow(browser.get(GrantFlow.consent(browser, "accept", null).toString()));
		assertThat(exchanges.get()).isEqualTo(1);
		assertThat(redirectsFollowed.get()).isZero();
	}

	@Test
	@Tag("C15")
	void codeExchangeWhenTokenEndpointStreamsForeverThenConnectionIsDropped() { // C14, C15
		int ended = streamsEnded.get();
		for (Fault endless : new Fault[] { Fault.ENDLESS, Fault.TRICKLE }) {
			fault = endless;
			Browser browser = new Browser(this.port);
			browser.follow(browser.get(GrantFlow.consent(browser, "accept", null).toString()));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> streamsEnded.get() >= ended + 2);
		assertThat(streamsEnded.get()).as("the app hung up on both streams").isEqualTo(ended + 2);
	}

	@Test
	@Tag("C12")
	void codeExchangeWhenClientRejectedThenLoggedAsOperatorProblem(CapturedOutput output) { // C12
		fault = Fault.INVALID_CLIENT;
		Browser browser = new Browser(this.port);
		browser.follow(browser.get(GrantFlow.consent(browser, "accept", null).toString()));
		assertThat(output.getAll()).contains("invalid_client")
			.contains("WEBEX_CLIENT_SECRET")
			.contains("tracking-c12")
			.doesNotContain(UPSTREAM);
	}

	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/access_token", TokenEndpointFaultIntegrationTests::answer);
			server.createContext("/followed", (exchange) -> {
				redirectsFollowed.incrementAndGet();
				respond(exchange, 200, "application/json", "{\"access_token\":\"followed\",\"expires_in\":3600}");
			});
			server.setExecutor(Executors.newCachedThreadPool((task) -> {
				Thread thread = new Thread(task, "fake-token-endpoint");
				thread.setDaemon(true);
				return thread;
			}));
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String tokenEndpointUrl(String path) {
		return "http://127.0.0.1:" + tokenEndpoint.getAddress().getPort() + path;
	}

	private static void answer(HttpExchange exchange) throws IOException {
		exchanges.incrementAndGet();
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().add("TrackingID", "tracking-c12");
		switch (fault) {
			case BAD_REQUEST -> respond(exchange, 400, "application/json",
					"{\"error\":\"invalid_grant\",\"error_description\":\"" + UPSTREAM + "\"}");
			case INVALID_CLIENT -> respond(exchange, 401, "application/json",
					"{\"error\":\"invalid_client\",\"error_description\":\"" + UPSTREAM + "\"}");
			case SERVER_ERROR -> respond(exchange, 500, "text/plain", UPSTREAM);
			case HTML_BAD_GATEWAY -> respond(exchange, 502, "text/html",
					"<html><body><h1>502 Bad Gateway</h1>" + UPSTREAM + "</body></html>");
			case MALFORMED_JSON -> respond(exchange, 200, "application/json",
					"{\"access_token\":\"" + UPSTREAM + "\",\"expires_in\":");
			case EMPTY_BODY -> respond(exchange, 200, "application/json", "");
			case HUGE_TOKEN -> respond(exchange, 200, "application/json", "{\"access_token\":\"" + UPSTREAM
					+ "a".repeat(200_000) + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
			case REDIRECT -> {
				exchange.getResponseHeaders().add("Location", tokenEndpointUrl("/followed"));
				respond(exchange, 307, "text/plain", UPSTREAM);
			}
			case STALL -> {
				sleep(Duration.ofMinutes(1));
				respond(exchange, 200, "application/json", "{\"access_token\":\"" + UPSTREAM + "\",\"token_type\":"
						+ "\"Bearer\",\"expires_in\":3600,\"refresh_token\":\"r-" + UPSTREAM + "\"}");
			}
			case ENDLESS -> stream(exchange, 8192, Duration.ZERO);
			case TRICKLE -> stream(exchange, 1, Duration.ofMillis(100));
		}
	}

	/** Writes an access token that never ends, until the app hangs up (or a minute has passed). */
	private static void stream(HttpExchange exchange, int chunk, Duration pause) {
		Instant giveUp = Instant.now().plusSeconds(60);
		try {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write(("{\"access_token\":\"" + UPSTREAM).getBytes(StandardCharsets.UTF_8));
			byte[] bytes = "a".repeat(chunk).getBytes(StandardCharsets.UTF_8);
			while (Instant.now().isBefore(giveUp)) {
				out.write(bytes);
				out.flush();
				sleep(pause);
			}
		}
		catch (IOException ex) {
			streamsEnded.incrementAndGet(); // the app closed the connection
		}
		finally {
			exchange.close();
		}
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (bytes.length == 0) ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleep(Duration duration) {
		if (duration.isZero()) {
			return;
		}
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
