package io.webexkit.app.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.AppInstance;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.StartupRefusedException;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** The mode as a whole application start sees it: refused where simulated Webex could hurt, forced when asked. */
@ExtendWith(OutputCaptureExtension.class)
class WebexModeIntegrationTests {

	@Test
	void startWhenSimulatedOnASharedDatabaseThenRefusedWithTheVariableNamedAndNoStackTrace(CapturedOutput output)
			throws IOException {
		Map<String, String> properties = dataDir();
		properties.put("spring.datasource.url", "jdbc:h2:tcp://localhost:1/webex");
		assertThatException().isThrownBy(() -> AppInstance.start(properties).close())
			.havingRootCause()
			.isInstanceOf(StartupRefusedException.class)
			.withMessageContaining("SPRING_DATASOURCE_URL");
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("Simulator mode (WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are unset)")
			.contains("SPRING_DATASOURCE_URL is not an embedded H2 database")
			.doesNotContain("\tat ");
	}

	@Test
	void startWhenWebexApiIsPlainHttpOnAnotherHostThenRefusedNamingTheVariable(CapturedOutput output)
			throws IOException {
		Map<String, String> properties = dataDir();
		properties.put("webex.client-id", "id");
		properties.put("webex.client-secret", "secret");
		properties.put("webex.api-base-url", "http://webex.example.com/v1");
		assertThatException().isThrownBy(() -> AppInstance.start(properties).close())
			.havingRootCause()
			.isInstanceOf(StartupRefusedException.class);
		assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
			.contains("WEBEX_API_BASE_URL is http://webex.example.com/v1: over http://")
			.contains("Use https:// for WEBEX_API_BASE_URL")
			.doesNotContain("Failed to bind")
			.doesNotContain("\tat ");
	}

	@Test
	void startWhenSimulatorForcedWithCredentialsThenSimulatedUnderItsOwnRegistrationAndWarned(CapturedOutput output)
			throws IOException {
		Map<String, String> properties = dataDir();
		properties.put("webex.simulator", "true");
		properties.put("webex.client-id", "unused-id");
		properties.put("webex.client-secret", "unused-secret");
		properties.put("webex.simulator.people", "2"); // the knobs share the WEBEX_SIMULATOR prefix
		try (AppInstance app = AppInstance.start(properties)) {
			assertThat(app.context().getBean(WebexMode.class)).isEqualTo(WebexMode.SIMULATED);
			Browser browser = new Browser(app.port());
			assertThat(GrantFlow.grantPath(browser)).isEqualTo("/oauth2/authorization/webex-simulator");
			assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
			assertThat(app.context().getBean(WebexSimulator.class).users()).hasSize(5);
			TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) app.context()).getWebServer();
			assertThat(server.getTomcat().getConnector().getProperty("address")).as("listens on loopback only")
				.isEqualTo(InetAddress.getLoopbackAddress());
			assertThat(output.getAll()).contains("Webex Kit is ready (simulated Webex): open " + app.url("/"));
		}
		assertThat(output.getAll()).containsPattern("WARN .*WEBEX_SIMULATOR=true: WEBEX_CLIENT_ID and "
				+ "WEBEX_CLIENT_SECRET are ignored")
			.containsPattern("WARN .*Simulator mode \\(WEBEX_SIMULATOR=true\\)")
			.doesNotContain("unused-secret");
	}

	/**
	 * A data directory first used in simulator mode, then with real credentials: the sessions signed in while it was
	 * simulated (anyone can be anyone there) do not open once it serves real Webex, though the key is the same.
	 */
	@Test
	@Tag("F14")
	void sessionWhenMadeInSimulatorModeThenNotAcceptedByAProductionInstanceOnTheSameDataDirectory() // F14
			throws IOException {
		Map<String, String> properties = dataDir();
		String cookie;
		try (AppInstance simulated = AppInstance.start(properties)) {
			Browser browser = new Browser(simulated.port());
			assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
			assertThat(browser.get("/").body()).contains("Connected to Webex");
			cookie = browser.cookies()
				.getCookieStore()
				.getCookies()
				.stream()
				.filter((c) -> "WEBEX_SESSION".equals(c.getName()))
				.findFirst()
				.orElseThrow()
				.getValue();
		}
		properties.put("webex.client-id", "production-id");
		properties.put("webex.client-secret", "production-secret");
		properties.put("webex.api-base-url", "http://127.0.0.1:9/v1"); // never called: nobody is signed in
		try (AppInstance production = AppInstance.start(properties)) {
			assertThat(production.context().getBean(WebexMode.class)).isEqualTo(WebexMode.REAL);
			Browser browser = new Browser(production.port());
			HttpResponse<String> home = browser.get("/", Map.of("Cookie", "WEBEX_SESSION=" + cookie));
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("GRANT").doesNotContain("Log out");
			assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(
					(set) -> assertThat(set).startsWith("WEBEX_SESSION=;").contains("Max-Age=0"));
		}
	}

	private static Map<String, String> dataDir() throws IOException {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("webex.data-dir", Files.createTempDirectory("webex-mode").toString());
		return properties;
	}

}
