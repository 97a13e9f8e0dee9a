package io.webexkit.simulator.server;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.simulator.IssuedTokens;

import org.springframework.boot.logging.LoggingSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The standalone simulator started from code, as tests of other projects start it. */
class SimulatorServerIntegrationTests {

	private static final String REDIRECT_URI = "http://localhost:8080/oauth";

	@Test
	void startWhenBuiltInCodeThenServesTheIntegrationAndKnobsOnItsOwnPort() {
		SimulatedIntegration integration = new SimulatedIntegration("code-client", "code-secret",
				List.of(REDIRECT_URI));
		try (SimulatorServer webex = SimulatorServer.builder()
			.integration(integration)
			.knobs(new SimulatorProperties(7, 2, null, Duration.ofMinutes(10)))
			.start()) {
			assertThat(webex.origin()).hasToString("http://127.0.0.1:" + webex.port());
			assertThat(webex.apiBaseUrl()).hasToString(webex.origin() + "/v1");
			ServerHttp http = new ServerHttp(webex.origin());

			assertThat(http.get(authorize("code-client")).statusCode()).as("consent page").isEqualTo(200);
			assertThat(http.get(authorize("someone-else")).statusCode()).as("unknown client").isEqualTo(400);
			assertThat(webex.simulator().users()).as("WEBEX_SIMULATOR_PEOPLE").hasSize(5);
			IssuedTokens tokens = webex.simulator()
				.issueTokensDirectly(webex.simulator().users().get(0).id(), Set.of("spark:rooms_read"));
			String rooms = http.get("/v1/rooms?max=100", Map.of("Authorization", "Bearer " + tokens.accessToken()))
				.body();
			assertThat(JsonMapper.builder().build().readTree(rooms).get("items")).as("WEBEX_SIMULATOR_ROOMS and the demo space").hasSize(8);
			assertThat(http.get("/simulator/stats").body()).contains("\"people\":5");
		}
	}

	@Test
	void startWhenProcessSettingsSayOtherwiseThenOnlyTheBuildersSettingsApply() {
		// what a CI job may have set for the application under test; variables reach Spring the same way
		Map<String, String> process = Map.of("server.servlet.context-path", "/elsewhere", "server.ssl.enabled", "true",
				"webex.simulator.people", "9");
		process.forEach(System::setProperty);
		try (SimulatorServer webex = SimulatorServer.builder().start()) {
			HttpResponse<String> api = new ServerHttp(webex.origin()).get("/v1/people/me");

			assertThat(api.statusCode()).as("served at /v1 over http, unauthenticated").isEqualTo(401);
			assertThat(webex.simulator().users()).hasSize(3);
		}
		finally {
			process.keySet().forEach(System::clearProperty);
		}
	}

	@Test
	void startWhenIntegrationNamedThenTheConsentPageAsksForThatNameElseForTheClientId() {
		SimulatedIntegration integration = new SimulatedIntegration("code-client", "code-secret",
				List.of(REDIRECT_URI));
		try (SimulatorServer unnamed = SimulatorServer.builder().integration(integration).start();
				SimulatorServer named = SimulatorServer.builder().integration(integration.named("Rooms <App>")).start()) {
			assertThat(new ServerHttp(unnamed.origin()).get(authorize("code-client")).body())
				.contains("<span class=\"sim-app\">code-client</span> would like to access your Webex account");
			assertThat(new ServerHttp(named.origin()).get(authorize("code-client")).body())
				.contains("<span class=\"sim-app\">Rooms &lt;App&gt;</span> would like to access your Webex account");
		}
	}

	/** Spring Boot hands an application's name to the log pattern in a system property: the first to set it wins. */
	@Test
	void startWhenStartedFromCodeThenLeavesTheNameInLogLinesToTheHostApplication() {
		List<String> properties = List.of(LoggingSystemProperty.APPLICATION_NAME.getEnvironmentVariableName(),
				"LOGGED_APPLICATION_NAME");
		Map<String, String> before = new HashMap<>();
		properties.forEach((name) -> before.put(name, System.clearProperty(name)));
		try (SimulatorServer webex = SimulatorServer.builder().start()) {
			properties.forEach((name) -> assertThat(System.getProperty(name)).as(name).isNull());
		}
		finally {
			before.forEach((name, value) -> {
				if (value != null) {
					System.setProperty(name, value);
				}
			});
		}
	}

	@Test
	void closeWhenClosedThenItsPortRefusesConnections() throws Exception {
		SimulatorServer webex = SimulatorServer.builder().start();
		URI stats = URI.create(webex.origin() + "/simulator/stats");
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		assertThat(client.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(200);

		webex.close();

		HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		assertThatExceptionOfType(ConnectException.class)
			.isThrownBy(() -> fresh.send(HttpRequest.newBuilder(stats).build(), HttpResponse.BodyHandlers.ofString()));
	}

	@Test
	void webhookDeliveryWhenPostedThenKnobsSetAndReported() {
		try (SimulatorServer webex = SimulatorServer.builder().start()) {
			ServerHttp http = new ServerHttp(webex.origin());

			HttpResponse<String> set = http.post("/simulator/webhook-delivery",
					Map.of("tamperSignatures", "true", "duplicateDeliveries", "true", "delayMillis", "250"));

			assertThat(set.statusCode()).isEqualTo(200);
			assertThat(set.body()).isEqualTo("{\"tamperSignatures\":true,\"omitSignatures\":false,"
					+ "\"duplicateDeliveries\":true,\"delayMillis\":250}");
			assertThat(webex.simulator().behavior().tamperWebhookSignatures()).isTrue();
			assertThat(webex.simulator().behavior().duplicateWebhookDeliveries()).isTrue();
			assertThat(webex.simulator().behavior().webhookDeliveryDelay()).isEqualTo(Duration.ofMillis(250));
			assertThat(http.post("/simulator/webhook-delivery", Map.of("omitSignatures", "yes")).statusCode())
				.isEqualTo(400);
			assertThat(http.post("/simulator/webhook-delivery", Map.of("delayMillis", "-1")).statusCode())
				.isEqualTo(400);
			assertThat(http.post("/simulator/webhook-delivery", Map.of("tamperSignatures", "false")).body())
				.contains("\"tamperSignatures\":false", "\"delayMillis\":250");
			assertThat(http.get("/simulator/webhook-delivery").body()).contains("\"duplicateDeliveries\":true");
			assertThat(http.postRaw("/simulator/webhook-delivery", "omitSignatures=true",
					Map.of("Origin", "https://evil.example")).statusCode()).as("not from web pages").isEqualTo(403);
			assertThat(http.get("/simulator/stats").body()).contains("\"webhookDeliveries\":0",
					"\"failedWebhookDeliveries\":0", "\"webhookDeliveriesPending\":0");
		}
	}

	@Test
	void spacesAndMessagesWhenPostedThenSimulatedPeopleCreateAndPost() {
		try (SimulatorServer webex = SimulatorServer.builder().start()) {
			ServerHttp http = new ServerHttp(webex.origin());
			JsonMapper json = JsonMapper.builder().build();

			HttpResponse<String> space = http.postJson("/simulator/spaces",
					"{\"title\":\"Standup\",\"members\":[\"sam.patel@example.com\",\"alex.rivera@example.com\"]}",
					Map.of());
			assertThat(space.statusCode()).as(space.body()).isEqualTo(200);
			String roomId = json.readTree(space.body()).get("id").asString();
			HttpResponse<String> message = http.postJson("/simulator/messages", "{\"roomId\":\"" + roomId
					+ "\",\"person\":\"alex.rivera@example.com\",\"markdown\":\"**Morning**\"}", Map.of());
			assertThat(message.statusCode()).as(message.body()).isEqualTo(200);
			String messageId = json.readTree(message.body()).get("id").asString();

			IssuedTokens sam = webex.simulator()
				.issueTokensDirectly(webex.simulator().users().get(1).id(), Set.of("spark:all"));
			String read = http.get("/v1/messages/" + ServerHttp.encode(messageId),
					Map.of("Authorization", "Bearer " + sam.accessToken())).body();
			assertThat(json.readTree(read).get("roomId").asString()).isEqualTo(roomId);
			assertThat(json.readTree(read).get("text").asString()).isEqualTo("Morning");
			String room = http.get("/v1/rooms/" + ServerHttp.encode(roomId),
					Map.of("Authorization", "Bearer " + sam.accessToken())).body();
			assertThat(json.readTree(room).get("creatorId").asString()).isEqualTo(webex.simulator().users().get(1).id());
		}
	}

	@Test
	void spacesAndMessagesWhenInputIsWrongOrFromAWebPageThenRefused() {
		try (SimulatorServer webex = SimulatorServer.builder().start()) {
			ServerHttp http = new ServerHttp(webex.origin());
			String demo = webex.simulator().demoSpaceId();
			Map<String, String> bodies = Map.of("/simulator/spaces", "{\"members\":[\"sam.patel@example.com\"]}",
					"/simulator/messages", "{\"roomId\":\"" + demo + "\",\"person\":\"jordan.lee@example.com\","
							+ "\"markdown\":\"let me in\"}");
			bodies.forEach((path, body) -> {
				HttpResponse<String> refused = http.postJson(path, body, Map.of());
				assertThat(refused.statusCode()).as(path).isEqualTo(400);
				assertThat(refused.body()).as(path).startsWith("{\"message\":\"");
			});
			assertThat(http.postJson("/simulator/spaces", "{\"title\":\"t\",\"members\":[]}", Map.of()).body())
				.contains("members");
			assertThat(http.postJson("/simulator/spaces",
					"{\"title\":\"t\",\"members\":[\"nobody@example.com\"]}", Map.of()).body())
				.contains("nobody@example.com");
			assertThat(http.postJson("/simulator/messages", "not json", Map.of()).statusCode()).isEqualTo(400);
			assertThat(http.postJson("/simulator/messages", "{\"roomId\":\"" + demo
					+ "\",\"person\":\"sam.patel@example.com\",\"markdown\":\"hi\"}",
					Map.of("Origin", "https://evil.example")).statusCode()).as("not from web pages").isEqualTo(403);
			assertThat(http.postJson("/simulator/spaces",
					"{\"title\":\"t\",\"members\":[\"sam.patel@example.com\"]}",
					Map.of("Origin", "https://evil.example")).statusCode()).as("not from web pages").isEqualTo(403);
		}
	}

	@Test
	void portWhenOutOfRangeThenRefused() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> SimulatorServer.builder().port(70000))
			.withMessageContaining("70000");
	}

	private static String authorize(String clientId) {
		return "/v1/authorize?" + ServerHttp.form(Map.of("client_id", clientId, "response_type", "code",
				"redirect_uri", REDIRECT_URI, "scope", "spark:people_read"));
	}

}
