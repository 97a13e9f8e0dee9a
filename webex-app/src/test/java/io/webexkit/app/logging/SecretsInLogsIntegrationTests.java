package io.webexkit.app.logging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import io.webexkit.app.Browser;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.app.session.PendingGrantCookies;
import io.webexkit.app.simulator.WebexMode;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexCredentials;
import io.webexkit.spring.vault.StoredGrant;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything at TRACE, HTTP wire logging included, through a whole grant, a refresh and a logout: no secret reaches
 * the log, neither the plain console lines nor JSON lines (ECS, as {@code WEBEX_LOG_FORMAT=ecs} writes them), while
 * Webex tracking ids stay readable. One flow in one context: at TRACE it is slow and writes megabytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsIntegrationTests {

	/** The loggers application.yml used to pin at INFO, each of which printed a secret at DEBUG or TRACE. */
	private static final List<String> FORMERLY_PINNED = List.of("org.springframework.security.web.FilterChainProxy",
			"org.springframework.web.client.DefaultRestClient", "org.apache.coyote.http11.Http11InputBuffer",
			"org.apache.tomcat.util.http.Parameters");

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	TokenVault vault;

	@Autowired
	WebexCredentials credentials;

	@Autowired
	TokenKeyRing keys;

	private static Path dataDirectory;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		dataDirectory = TestDataDirectory.register(registry);
	}

	@Test
	@Tag("E4")
	void logsWhenEverythingAtTraceThenNoCodeStateVerifierTokenSecretOrSessionCookie(CapturedOutput output) { // E4, E6
		List<String> secrets = new ArrayList<>();
		ByteArrayOutputStream json = new ByteArrayOutputStream();
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		LogLevel rootLevel = logging.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME).getConfiguredLevel();
		OutputStreamAppender<ILoggingEvent> ecs = ecsAppender(json);
		logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.TRACE);
		FORMERLY_PINNED.forEach((name) -> logging.setLogLevel(name, LogLevel.TRACE));
		try {
			secrets.addAll(grantRefreshAndLogOut());
		}
		finally {
			root().detachAppender(ecs);
			ecs.stop();
			FORMERLY_PINNED.forEach((name) -> logging.setLogLevel(name, null));
			logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, (rootLevel != null) ? rootLevel : LogLevel.INFO);
		}
		String logged = output.getAll();
		String jsonLogged = json.toString(StandardCharsets.UTF_8);
		assertThat(logged).as("TRACE logging was on").contains(" TRACE ");
		assertThat(jsonLogged).startsWith("{\"@timestamp\"").contains("\"TRACE\"");
		assertThat(secrets).hasSizeGreaterThan(15);
		assertThat(linesWithAnyOf(logged + jsonLogged, secrets)).isEmpty();
		assertThat(logged).contains(SecretMasker.MASK).containsPattern("TrackingID: [0-9a-f-]{36}");
		assertThat(jsonLogged).contains(SecretMasker.MASK);
	}

	/** Runs the flow and returns every secret it involved, each as the app or Webex holds it. */
	private List<String> grantRefreshAndLogOut() {
		List<String> secrets = new ArrayList<>();
		SimulatedPerson person = this.simulator.users().get(0);
		Browser browser = new Browser(this.port);
		URI callback = GrantFlow.consent(browser, "accept", person.id());
		Map<String, String> query = Browser.query(callback);
		String state = query.get("state");
		secrets.addAll(List.of(query.get("code"), state, URLEncoder.encode(state, StandardCharsets.UTF_8)));
		String pendingGrant = cookie(browser, PendingGrantCookies.NAME);
		OAuth2AuthorizationRequest pending = PendingGrantCookies.open(this.keys,
				WebexMode.SIMULATED.registrationId(), pendingGrant);
		secrets.addAll(List.of(pendingGrant, pending.getAttribute(PkceParameterNames.CODE_VERIFIER)));

		assertThat(browser.follow(browser.get(callback.toString())).statusCode()).isEqualTo(200);
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(200);
		secrets.add(cookie(browser, "WEBEX_SESSION")); // the CSRF token is sealed inside it
		StoredGrant granted = this.vault.find(WebexMode.SIMULATED.registrationId(), person.id()).orElseThrow();

		this.simulator.expireAllAccessTokens();
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(200);
		StoredGrant refreshed = this.vault.find(WebexMode.SIMULATED.registrationId(), person.id()).orElseThrow();
		assertThat(refreshed.accessToken()).isNotEqualTo(granted.accessToken());
		secrets.addAll(List.of(granted.accessToken(), granted.refreshToken(), refreshed.accessToken(),
				refreshed.refreshToken()));
		secrets.addAll(this.simulator.issuedTokens());

		browser.get("/oauth?code=" + query.get("code") + "&state=" + query.get("state")); // replayed
		String csrf = Browser.hiddenInputs(browser.get("/").body()).get("_csrf");
		HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", csrf));
		assertThat(logout.statusCode()).isEqualTo(302);
		secrets.add(csrf);
		String secret = this.credentials.clientSecret();
		String tokenKey = readTokenKey();
		// whatever a library might print: the secrets the app knows are masked wherever they appear
		LoggerFactory.getLogger("org.example.Library").debug("connecting with {} and {}", secret, tokenKey);
		secrets.addAll(List.of(secret, tokenKey));
		secrets.add(Base64.getEncoder()
			.encodeToString((this.credentials.clientId() + ":" + secret).getBytes(StandardCharsets.UTF_8)));
		return secrets;
	}

	/** The token key the app generated at start-up (no {@code WEBEX_TOKEN_KEY} here). */
	private static String readTokenKey() {
		try {
			return Files.readString(dataDirectory.resolve("token.key"), StandardCharsets.US_ASCII).trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The log lines that hold a secret, in clear or as the hex bytes Spring prints bodies as, each once, so that a
	 * failure shows what leaked where.
	 */
	private static List<String> linesWithAnyOf(String log, List<String> secrets) {
		List<String> forms = new ArrayList<>(secrets);
		secrets.forEach((secret) -> forms.add(HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8))));
		return log.lines().filter((line) -> forms.stream().anyMatch(line::contains)).distinct().toList();
	}

	/** The value of the browser's cookie {@code name}. */
	private static String cookie(Browser browser, String name) {
		return browser.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> name.equals(c.getName()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No cookie " + name));
	}

	/** A second appender on the root logger, set up as Spring Boot sets up the console for {@code ecs}. */
	private static OutputStreamAppender<ILoggingEvent> ecsAppender(ByteArrayOutputStream out) {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setFormat("ecs");
		encoder.setContext(context);
		encoder.start();
		OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
		appender.setContext(context);
		appender.setEncoder(encoder);
		appender.setOutputStream(out);
		appender.start();
		root().addAppender(appender);
		return appender;
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

}
