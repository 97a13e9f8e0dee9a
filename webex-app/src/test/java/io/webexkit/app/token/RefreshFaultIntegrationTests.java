package io.webexkit.app.token;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.webexkit.app.Browser;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refresh answered by something other than a healthy Webex token endpoint: a proxy's HTML page in front of a
 * mistyped token URL, a gateway error, unknown JSON, a 401 with no body. Only an answer that names the grant as dead
 * deletes it; every other one keeps the row exactly as it was. The app's token URL points at a local relay that
 * forwards to the simulator until a fault is switched on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefreshFaultIntegrationTests {

	private static final HttpServer relay = start();

	private static final HttpClient http = HttpClient.newHttpClient();

	private static volatile @Nullable Answer fault;

	private static volatile int appPort;

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
		registry.add("webex.token-url", () -> "http://127.0.0.1:" + relay.getAddress().getPort() + "/access_token");
	}

	@AfterAll
	static void stop() {
		relay.stop(0);
	}

	@AfterEach
	void reset() {
		fault = null;
		this.simulator.reset();
		this.jdbc.sql("DELETE FROM webex_grant").update();
	}

	/** What the token endpoint (or whatever answers in its place) says to a refresh. */
	enum Answer {

		PROXY_HTML_400(400, "text/html", "<html><body><h1>400 Bad Request</h1>nginx</body></html>", false),
		WAF_HTML_401(401, "text/html", "<html><body>Request blocked by policy</body></html>", false),
		WAF_HTML_403(403, "text/html", "<html><body>Access denied</body></html>", false),
		EMPTY_401(401, "application/json", "", false),
		NOT_FOUND_JSON(404, "application/json", "{\"message\":\"The requested resource could not be found.\"}", false),
		UNKNOWN_JSON_400(400, "application/json",
				"{\"message\":\"Bad request\",\"errors\":[{\"description\":\"grant_type missing\"}]}", false),
		INVALID_REQUEST(400, "application/json", "{\"error\":\"invalid_request\"}", false),
		INVALID_CLIENT(401, "application/json", "{\"error\":\"invalid_client\"}", false),
		WEBEX_CLIENT_WORDING(401, "application/json",
				"{\"message\":\"The client credentials are invalid.\",\"trackingId\":\"t-1\"}", false),
		SERVER_ERROR(500, "application/json", "{\"message\":\"Internal error\"}", false),
		BAD_GATEWAY_HTML(502, "text/html", "<html><body>502 Bad Gateway</body></html>", false),
		RATE_LIMITED(429, "text/html", "<html><body>Too many requests</body></html>", false),
		INVALID_GRANT_400(400, "application/json", "{\"error\":\"invalid_grant\"}", true),
		WEBEX_DEAD_WORDING_400(400, "application/json",
				"{\"message\":\"The refresh token provided is expired, revoked, malformed, or invalid.\","
						+ "\"errors\":[{\"description\":\"The refresh token provided is expired, revoked, malformed, "
						+ "or invalid.\"}],\"trackingId\":\"t-2\"}",
				true),
		WEBEX_DEAD_WORDING_401(401, "application/json",
				"{\"errors\":[{\"description\":\"The refresh token provided is expired, revoked, malformed, or "
						+ "invalid.\"}],\"trackingId\":\"t-3\"}",
				true);

		final int status;

		final String contentType;

		final String body;

		final boolean grantDead;

		Answer(int status, String contentType, String body, boolean grantDead) {
			this.status = status;
			this.contentType = contentType;
			this.body = body;
			this.grantDead = grantDead;
		}

	}

	@ParameterizedTest
	@EnumSource(Answer.class)
	@Tag("C19")
	@Tag("C20")
	void refreshWhenTokenEndpointAnswersThenGrantDeletedOnlyWhenWebexSaysItIsDead(Answer answer) { // C19, C20
		appPort = this.port;
		Browser browser = new Browser(this.port);
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		List<Map<String, Object>> before = rows();
		assertThat(before).hasSize(1);

		fault = answer;
		this.simulator.expireAllAccessTokens(); // the next Webex call gets a 401, and the app refreshes
		HttpResponse<String> spaces = browser.get("/spaces");

		if (answer.grantDead) {
			assertThat(spaces.statusCode()).isEqualTo(401);
			assertThat(spaces.body()).contains("Grant access");
			assertThat(rows()).as("deleted").isEmpty();
			return;
		}
		assertThat(spaces.statusCode()).isEqualTo(503);
		assertThat(spaces.body()).contains("try again").doesNotContain(answer.body.isEmpty() ? "\u0000" : answer.body);
		List<Map<String, Object>> after = rows();
		assertThat(after).as("kept").hasSize(1);
		for (String column : List.of("key_id", "access_token", "refresh_token", "access_token_expires_at",
				"refresh_token_expires_at", "version")) {
			assertThat(after.get(0).get(column)).as(column).isEqualTo(before.get(0).get(column));
		}
		assertThat(((Number) after.get(0).get("refresh_failures")).intValue()).isEqualTo(1);
		assertThat(browser.get("/").body()).as("home still says connected").contains("Connected to Webex");

		fault = null; // the proxy is fixed: once the backoff ends, the same grant works again
		this.jdbc.sql("UPDATE webex_grant SET next_refresh_attempt_at = NULL").update();
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(200);
	}

	private List<Map<String, Object>> rows() {
		return this.jdbc.sql("SELECT * FROM webex_grant").query().listOfRows();
	}

	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/access_token", RefreshFaultIntegrationTests::answer);
			server.setExecutor(Executors.newCachedThreadPool((task) -> {
				Thread thread = new Thread(task, "token-endpoint-relay");
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

	private static void answer(HttpExchange exchange) throws IOException {
		byte[] request = exchange.getRequestBody().readAllBytes();
		Answer answer = fault;
		if (answer != null) {
			respond(exchange, answer.status, answer.contentType, answer.body.getBytes(StandardCharsets.UTF_8));
			return;
		}
		HttpRequest.Builder forward = HttpRequest
			.newBuilder(URI.create("http://localhost:" + appPort + "/v1/access_token"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(request))
			.header("Content-Type", exchange.getRequestHeaders().getFirst("Content-Type"));
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		if (authorization != null) {
			forward.header("Authorization", authorization);
		}
		try {
			HttpResponse<byte[]> response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
			respond(exchange, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse("application/json"), response.body());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			respond(exchange, 502, "text/plain", new byte[0]);
		}
	}

	private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
			throws IOException {
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
