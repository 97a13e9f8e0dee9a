package io.webexkit.simulator.test;

import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The annotation on test classes, their contexts obtained as JUnit's Spring extension obtains them. The nested
 * classes are test classes without tests: each stands for a test class that asks for a simulated Webex.
 */
class AutoConfigureWebexSimulatorIntegrationTests {

	private static final String DEFAULT_SCOPES = "spark:people_read spark:rooms_read spark:messages_read "
			+ "spark:messages_write spark:memberships_read";

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void contextWhenTwoTestClassesAskTheSameThenOneContextAndOneSimulator() {
		ApplicationContext first = context(First.class);
		ApplicationContext second = context(Second.class);
		ApplicationContext other = context(MoreScopes.class);

		assertThat(second).isSameAs(first);
		assertThat(second.getBean(SimulatedWebex.class)).isSameAs(first.getBean(SimulatedWebex.class));
		assertThat(other.getBean(SimulatedWebex.class).apiBaseUrl())
			.isNotEqualTo(first.getBean(SimulatedWebex.class).apiBaseUrl());
	}

	@Test
	void contextWhenStartedThenPointedAtATestIntegrationForAnyLocalPortOfTheCallbackPath() throws Exception {
		ApplicationContext context = context(First.class);
		SimulatedWebex webex = context.getBean(SimulatedWebex.class);
		Environment environment = context.getEnvironment();
		assertThat(environment.getProperty("webex.client-id")).isEqualTo(webex.clientId());
		assertThat(environment.getProperty("webex.api-base-url")).isEqualTo(webex.apiBaseUrl().toString())
			.startsWith("http://127.0.0.1:");

		webex.consentAs(webex.person(1));
		try {
			URI callback = location(authorize(webex, "http://localhost:54321/oauth", DEFAULT_SCOPES));
			assertThat(callback).hasHost("localhost").hasPort(54321).hasPath("/oauth");
			String code = SimulatedConsent.query(callback).get("code");
			HttpResponse<String> tokens = token(webex, code, "http://localhost:54321/oauth",
					environment.getProperty("webex.client-secret"));
			assertThat(tokens.statusCode()).as("webex.client-secret is the integration's").isEqualTo(200);
			assertThat(authorize(webex, "http://localhost:54321/elsewhere", DEFAULT_SCOPES).statusCode()).isEqualTo(400);
			assertThat(SimulatedConsent.query(location(authorize(webex, "http://localhost:1/oauth", "spark:teams_read"))))
				.as("a scope the annotation does not list").containsEntry("error", "invalid_scope");
		}
		finally {
			webex.showConsentPage();
		}
	}

	@Test
	void contextWhenTheAnnotationListsScopesThenTheIntegrationAllowsThemToo() throws Exception {
		SimulatedWebex webex = context(MoreScopes.class).getBean(SimulatedWebex.class);

		HttpResponse<String> page = authorize(webex, "http://localhost:1/login/webex", "spark:teams_read");

		assertThat(page.statusCode()).as("the consent page").isEqualTo(200);
	}

	@Test
	void consentPageWhenNamedByTheAnnotationOrTheApplicationThenAsksForThatNameElseTheClientId() throws Exception {
		SimulatedWebex named = context(IntegrationNamed.class).getBean(SimulatedWebex.class);
		SimulatedWebex application = context(ApplicationNamed.class).getBean(SimulatedWebex.class);
		SimulatedWebex unnamed = context(First.class).getBean(SimulatedWebex.class);

		assertThat(authorize(named, "http://localhost:1/oauth", DEFAULT_SCOPES).body())
			.contains("<span class=\"sim-app\">Rooms &amp; Co</span> would like to access your Webex account");
		assertThat(authorize(application, "http://localhost:1/oauth", DEFAULT_SCOPES).body())
			.contains("<span class=\"sim-app\">rooms-app</span> would like to access your Webex account");
		assertThat(authorize(unnamed, "http://localhost:1/oauth", DEFAULT_SCOPES).body())
			.contains("<span class=\"sim-app\">" + unnamed.clientId() + "</span> would like to access");
	}

	@Test
	void propertiesWhenTheTestSetsThemThenTheTestsWin() {
		Environment environment = context(OverridingTheApiBaseUrl.class).getEnvironment();
		SimulatedWebex webex = context(OverridingTheApiBaseUrl.class).getBean(SimulatedWebex.class);

		assertThat(environment.getProperty("webex.api-base-url")).isEqualTo("https://webex.example.com/v1");
		assertThat(environment.getProperty("webex.client-id")).isEqualTo(webex.clientId());
	}

	@Test
	void propertiesWhenApplicationConfigAndSystemPropertiesSetThemThenTheSimulatorsWin() {
		System.setProperty("webex.client-secret", "from-a-system-property");
		try {
			Environment environment = context(BootApplication.class).getEnvironment();
			SimulatedWebex webex = context(BootApplication.class).getBean(SimulatedWebex.class);

			assertThat(environment.getProperty("webex.other")).as("the config file is read").isEqualTo("kept");
			assertThat(environment.getProperty("webex.client-id")).isEqualTo(webex.clientId());
			assertThat(environment.getProperty("webex.api-base-url")).isEqualTo(webex.apiBaseUrl().toString());
			assertThat(environment.getProperty("webex.client-secret")).isNotEqualTo("from-a-system-property");
		}
		finally {
			System.clearProperty("webex.client-secret");
		}
	}

	@Test
	void closeWhenTheContextClosesThenTheSimulatorStops() {
		TestContextManager manager = new TestContextManager(Closing.class);
		URI api = manager.getTestContext().getApplicationContext().getBean(SimulatedWebex.class).apiBaseUrl();
		assertThat(get(URI.create(api + "/people/me"))).isEqualTo(401);

		manager.getTestContext().markApplicationContextDirty(HierarchyMode.EXHAUSTIVE);

		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> this.http
			.send(HttpRequest.newBuilder(URI.create(api + "/people/me")).build(), HttpResponse.BodyHandlers.discarding()));
	}

	@Test
	void refreshWhenTheContextFailsThenTheSimulatorStops() {
		assertThatIllegalStateException().isThrownBy(() -> context(Failing.class));

		URI api = FailingConfiguration.seen.apiBaseUrl();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> this.http
			.send(HttpRequest.newBuilder(URI.create(api + "/people/me")).build(), HttpResponse.BodyHandlers.discarding()));
	}

	private static ApplicationContext context(Class<?> testClass) {
		return new TestContextManager(testClass).getTestContext().getApplicationContext();
	}

	private HttpResponse<String> authorize(SimulatedWebex webex, String redirectUri, String scope) throws Exception {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", webex.clientId());
		query.put("response_type", "code");
		query.put("redirect_uri", redirectUri);
		query.put("scope", scope);
		query.put("code_challenge", CHALLENGE);
		query.put("code_challenge_method", "S256");
		URI uri = URI.create(webex.apiBaseUrl() + "/authorize?" + form(query));
		return this.http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> token(SimulatedWebex webex, String code, String redirectUri, String secret)
			throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((webex.clientId() + ":" + secret).getBytes(StandardCharsets.UTF_8));
		String body = form(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
				"code_verifier", VERIFIER));
		return this.http.send(HttpRequest.newBuilder(URI.create(webex.apiBaseUrl() + "/access_token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private int get(URI uri) {
		try {
			return this.http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static URI location(HttpResponse<?> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return URI.create(response.headers().firstValue("Location").orElseThrow());
	}

	private static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

	@SpringJUnitConfig(Empty.class)
	@AutoConfigureWebexSimulator
	static class First {

	}

	@SpringJUnitConfig(Empty.class)
	@AutoConfigureWebexSimulator
	static class Second {

	}

	@SpringJUnitConfig(Empty.class)
	@AutoConfigureWebexSimulator(scopes = "spark:teams_read", callbackPath = "/login/webex")
	static class MoreScopes {

	}

	@SpringJUnitConfig(Empty.class)
	@AutoConfigureWebexSimulator
	@TestPropertySource(properties = "webex.api-base-url=https://webex.example.com/v1")
	static class OverridingTheApiBaseUrl {

	}

	@SpringJUnitConfig(Empty.class)
	@AutoConfigureWebexSimulator(integrationName = "Rooms & Co")
	static class IntegrationNamed {

	}

	@SpringJUnitConfig(Empty.class)
	@AutoConfigureWebexSimulator
	@TestPropertySource(properties = "spring.application.name=rooms-app")
	static class ApplicationNamed {

	}

	@SpringBootConfiguration
	static class BootConfiguration {

	}

	/** Its config file stands for an application.yml that names real Webex. */
	@SpringBootTest(classes = BootConfiguration.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
			properties = "spring.config.name=auto-configure-webex-simulator-test")
	@AutoConfigureWebexSimulator
	static class BootApplication {

	}

	@SpringJUnitConfig(Empty.class)
	@AutoConfigureWebexSimulator(callbackPath = "/closing")
	static class Closing {

	}

	@Configuration(proxyBeanMethods = false)
	static class FailingConfiguration {

		static volatile SimulatedWebex seen;

		@Bean
		String seeing(SimulatedWebex webex) {
			seen = webex;
			return "seen";
		}

		@Bean
		String failing(String seeing) {
			throw new IllegalStateException("the application under test cannot start");
		}

	}

	@SpringJUnitConfig(FailingConfiguration.class)
	@AutoConfigureWebexSimulator
	static class Failing {

	}

}
