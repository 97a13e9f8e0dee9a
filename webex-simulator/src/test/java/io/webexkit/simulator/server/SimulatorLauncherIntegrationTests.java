package io.webexkit.simulator.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone simulator as {@code java -jar webex-app.jar simulator} starts it, configured by its variables. */
@ExtendWith(OutputCaptureExtension.class)
class SimulatorLauncherIntegrationTests {

	private static final String CLIENT_ID = "launcher-test";

	private static final String SECRET = "launcher-secret-" + "x".repeat(40);

	private static final String REDIRECT_URI = "http://localhost:10060/oauth";

	private static final String OTHER_REDIRECT_URI = "http://127.0.0.1:10060/oauth";

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ConfigurableApplicationContext context;

	private static String startupLog;

	private WebexSimulator simulator;

	private ServerHttp http;

	@BeforeAll
	static void start() {
		PrintStream out = System.out;
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		System.setOut(new PrintStream(log, true, StandardCharsets.UTF_8));
		try {
			context = SimulatorLauncher.start("--server.port=0", "--server.shutdown=immediate",
					"--webex.client-id=" + CLIENT_ID, "--webex.client-secret=" + SECRET,
					"--webex.redirect-uri=" + REDIRECT_URI + " , " + OTHER_REDIRECT_URI, "--webex.simulator.people=5",
					"--webex.simulator.rooms=7", "--webex.simulator.access-token-lifetime=10m",
					"--webex.simulator.token-latency=20ms", "--webex.simulator.integration-name=Launched <App>");
		}
		finally {
			System.setOut(out);
			startupLog = log.toString(StandardCharsets.UTF_8);
			out.print(startupLog);
		}
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	@BeforeEach
	void setUp() {
		this.simulator = context.getBean(WebexSimulator.class);
		this.simulator.resetStats();
		this.http = new ServerHttp(SimulatorLauncher.origin(context));
	}

	@Test
	void startWhenConfiguredThenIntegrationRegisteredForEveryRedirectUriWithTheAppsScopes() {
		String scopes = String.join(" ", SimulatedIntegration.REGISTERED_SCOPES);

		assertThat(authorize(CLIENT_ID, REDIRECT_URI, scopes).statusCode()).isEqualTo(200);
		assertThat(authorize(CLIENT_ID, OTHER_REDIRECT_URI, scopes).statusCode()).isEqualTo(200);
		assertThat(authorize(CLIENT_ID, "http://localhost:9999/oauth", scopes).statusCode()).isEqualTo(400);
		assertThat(authorize("someone-else", REDIRECT_URI, scopes).statusCode()).isEqualTo(400);
		assertThat(authorize(CLIENT_ID, REDIRECT_URI, "spark:all").statusCode()).as("not a registered scope")
			.isEqualTo(302);
	}

	@Test
	void startWhenIntegrationNamedThenTheConsentPageAsksForItAndTheProcessLogsUnderItsOwnName() {
		HttpResponse<String> consent = authorize(CLIENT_ID, REDIRECT_URI, "spark:people_read");

		assertThat(consent.body())
			.contains("<span class=\"sim-app\">Launched &lt;App&gt;</span> would like to access your Webex account");
		assertThat(context.getEnvironment().getProperty("spring.application.name")).isEqualTo("webex-simulator");
	}

	@Test
	void startWhenConfiguredThenTokenEndpointTakesTheConfiguredSecretOnly() {
		String code = code(this.simulator.users().get(0));

		assertThat(exchange(code, "wrong-secret").statusCode()).isEqualTo(401);
		HttpResponse<String> tokens = exchange(code, SECRET);

		assertThat(tokens.statusCode()).isEqualTo(200);
		assertThat(json(tokens).get("expires_in").asLong()).as("WEBEX_SIMULATOR_ACCESS_TOKEN_LIFETIME").isEqualTo(600);
		String token = json(tokens).get("access_token").asString();
		assertThat(json(bearer("/v1/rooms?max=100", token)).get("items")).as("WEBEX_SIMULATOR_ROOMS and the demo space").hasSize(8);
	}

	@Test
	void startWhenStartedThenLogsWhereItServesAndWhatAnAppNeedsButNeverTheSecret(CapturedOutput output) {
		String api = SimulatorLauncher.origin(context) + "/v1";

		assertThat(startupLog).contains("Simulated Webex at " + api)
			.contains("consent page " + api + "/authorize")
			.contains("WEBEX_API_BASE_URL=" + api + " WEBEX_CLIENT_ID=" + CLIENT_ID)
			.contains("WEBEX_REDIRECT_URI=")
			.contains(REDIRECT_URI + ", " + OTHER_REDIRECT_URI)
			.contains("8 people")
			.contains(SimulatorLauncher.origin(context) + "/simulator/stats")
			.doesNotContain(SECRET);
		code(this.simulator.users().get(0));
		assertThat(output).doesNotContain(SECRET);
	}

	@Test
	void authorizeWhenPeopleGeneratedThenEachIsOfferedAndCanBeGranted() {
		String page = authorize(CLIENT_ID, REDIRECT_URI, "spark:people_read").body();
		List<String> options = new ArrayList<>();
		Pattern.compile("<option value=\"[^\"]+\"[^>]*>([^<]+)</option>").matcher(page).results()
			.forEach((option) -> options.add(option.group(1)));
		assertThat(options).hasSize(8).contains("Test User 0005 (test.user.0005@example.com)");

		for (SimulatedPerson person : this.simulator.users().subList(3, 8)) {
			String token = json(exchange(code(person), SECRET)).get("access_token").asString();
			assertThat(json(bearer("/v1/people/me", token)).get("displayName").asString())
				.isEqualTo(person.displayName());
		}
	}

	@Test
	void consentPageWhenServedStandaloneThenSecurityHeadersAsInTheApp() {
		HttpResponse<String> page = authorize(CLIENT_ID, REDIRECT_URI, "spark:people_read");

		assertThat(page.headers().allValues("Content-Security-Policy")).singleElement()
			.asString()
			.contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.endsWith("; form-action 'self' http://localhost:10060"); // posts to itself, redirects to the app
		assertThat(authorize(CLIENT_ID, OTHER_REDIRECT_URI, "spark:people_read").headers()
			.firstValue("Content-Security-Policy")).hasValueSatisfying(
					(csp) -> assertThat(csp).endsWith("; form-action 'self' http://127.0.0.1:10060"));
		assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("no-referrer");
		assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		HttpResponse<String> api = this.http.get("/v1/people/me");
		assertThat(api.headers().allValues("Content-Security-Policy")).containsExactly(
				"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
	}

	@Test
	void statsWhenGrantRefreshAndCallsThenCountedByGrantTypeAndResetKeepsGrants() {
		HttpResponse<String> tokens = exchange(code(this.simulator.users().get(1)), SECRET);
		String refreshToken = json(tokens).get("refresh_token").asString();
		assertThat(refresh(refreshToken).statusCode()).isEqualTo(200);
		String token = json(refresh(refreshToken)).get("access_token").asString();
		bearer("/v1/people/me", token);
		bearer("/v1/rooms", token);

		JsonNode stats = stats();
		assertThat(stats.get("tokenRequests").asLong()).isEqualTo(3);
		assertThat(stats.get("tokenRequestsByGrantType").get("authorization_code").asLong()).isEqualTo(1);
		assertThat(stats.get("tokenRequestsByGrantType").get("refresh_token").asLong()).isEqualTo(2);
		assertThat(stats.get("apiRequests").asLong()).isEqualTo(2);
		assertThat(stats.get("maxTokenRequestsInFlight").asInt()).isEqualTo(1);
		assertThat(stats.get("tokenRequestsInFlight").asInt()).isZero();
		assertThat(stats.get("people").asInt()).isEqualTo(8);

		assertThat(this.http.post("/simulator/reset-stats", Map.of()).statusCode()).isEqualTo(204);

		JsonNode reset = stats();
		assertThat(reset.get("tokenRequests").asLong()).isZero();
		assertThat(reset.get("tokenRequestsByGrantType").get("refresh_token").asLong()).isZero();
		assertThat(reset.get("apiRequests").asLong()).isZero();
		assertThat(reset.get("maxTokenRequestsInFlight").asInt()).isZero();
		assertThat(bearer("/v1/people/me", token).statusCode()).as("grants survive a stats reset").isEqualTo(200);
	}

	@Test
	void expireAccessTokensWhenPostedThenEveryTokenIs401UntilRefreshed() {
		HttpResponse<String> tokens = exchange(code(this.simulator.users().get(2)), SECRET);
		String token = json(tokens).get("access_token").asString();
		assertThat(bearer("/v1/people/me", token).statusCode()).isEqualTo(200);

		assertThat(this.http.post("/simulator/expire-access-tokens", Map.of()).statusCode()).isEqualTo(204);

		assertThat(bearer("/v1/people/me", token).statusCode()).isEqualTo(401);
		HttpResponse<String> refreshed = refresh(json(tokens).get("refresh_token").asString());
		assertThat(refreshed.statusCode()).isEqualTo(200);
		assertThat(bearer("/v1/people/me", json(refreshed).get("access_token").asString()).statusCode())
			.isEqualTo(200);
	}

	@Test
	void operatorEndpointsWhenPostedFromAWebPageThenRefused() {
		HttpResponse<String> response = this.http.postRaw("/simulator/expire-access-tokens", "",
				Map.of("Origin", "http://evil.example"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(this.http.get("/simulator/stats", Map.of("Origin", "http://evil.example")).statusCode())
			.as("reading is harmless: no CORS headers, so the page cannot see the answer")
			.isEqualTo(200);
	}

	@Test
	void runWhenClientIdMissingThenOneLineNamingIt() {
		assertThat(failure("--webex.client-id=", "--webex.client-secret=s")).startsWith(
				"Cannot start the simulated Webex: WEBEX_CLIENT_ID is not set");
	}

	@Test
	void runWhenClientSecretMissingThenOneLineNamingIt() {
		assertThat(failure("--webex.client-id=id", "--webex.client-secret=")).startsWith(
				"Cannot start the simulated Webex: WEBEX_CLIENT_SECRET is not set");
	}

	@Test
	void runWhenSettingWrongThenOneLineNamingTheVariable() {
		assertThat(failure("--webex.client-id=id", "--webex.client-secret=s", "--webex.redirect-uri=/oauth"))
			.contains("WEBEX_REDIRECT_URI must be absolute http(s) URLs");
		assertThat(failure("--webex.client-id=id", "--webex.client-secret=s", "--webex.simulator.people=many"))
			.contains("WEBEX_SIMULATOR_PEOPLE has an invalid value 'many'");
		assertThat(failure("--webex.client-id=id", "--webex.client-secret=s", "--webex.simulator.people=20000"))
			.contains("WEBEX_SIMULATOR_PEOPLE must be between 0 and 10000, got 20000");
		assertThat(failure("--webex.client-id=id", "--webex.client-secret=s",
				"--webex.simulator.token-latency=soon"))
			.contains("WEBEX_SIMULATOR_TOKEN_LATENCY has an invalid value 'soon'");
	}

	/** What {@code run} prints, checked to be one line, and that it says it failed. */
	private static String failure(String... args) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = SimulatorLauncher.run(args, new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = err.toString(StandardCharsets.UTF_8);
		assertThat(status).isEqualTo(1);
		assertThat(printed.lines()).hasSize(1);
		return printed.strip();
	}

	private HttpResponse<String> authorize(String clientId, String redirectUri, String scope) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", clientId);
		query.put("response_type", "code");
		query.put("redirect_uri", redirectUri);
		query.put("scope", scope);
		query.put("state", "st-1");
		query.put("code_challenge", CHALLENGE);
		query.put("code_challenge_method", "S256");
		StringBuilder url = new StringBuilder("/v1/authorize?");
		query.forEach((name, value) -> url.append(name).append('=').append(encode(value)).append('&'));
		return this.http.get(url.toString());
	}

	private String code(SimulatedPerson person) {
		HttpResponse<String> page = authorize(CLIENT_ID, REDIRECT_URI, "spark:people_read spark:rooms_read");
		Map<String, String> form = new LinkedHashMap<>(ServerHttp.hiddenInputs(page.body()));
		form.put("decision", "accept");
		form.put("person", person.id());
		HttpResponse<String> decided = this.http.post("/v1/authorize/decision", form);
		URI callback = this.http.location(decided);
		assertThat(callback.toString()).startsWith(REDIRECT_URI);
		return ServerHttp.query(callback).get("code");
	}

	private HttpResponse<String> exchange(String code, String secret) {
		return this.http.postRaw("/v1/access_token", "grant_type=authorization_code&code=" + encode(code)
				+ "&redirect_uri=" + encode(REDIRECT_URI) + "&code_verifier=" + VERIFIER,
				Map.of("Authorization", basic(secret)));
	}

	private HttpResponse<String> refresh(String refreshToken) {
		return this.http.postRaw("/v1/access_token", "grant_type=refresh_token&refresh_token=" + encode(refreshToken),
				Map.of("Authorization", basic(SECRET)));
	}

	private HttpResponse<String> bearer(String path, String token) {
		return this.http.get(path, Map.of("Authorization", "Bearer " + token));
	}

	private JsonNode stats() {
		HttpResponse<String> response = this.http.get("/simulator/stats");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		return json(response);
	}

	private static String basic(String secret) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

}
