package io.webexkit.app.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.webexkit.app.Browser;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.app.connect.GrantFlow;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code MANAGEMENT_SERVER_PORT}: health and metrics on their own port (for probes and scrapers inside the network),
 * and not on the public one; the app's pages keep working beside them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "management.server.port=0", "WEBEX_PROMETHEUS_ACCESS=read-only" })
class ManagementPortIntegrationTests {

	private static final List<String> HEALTH = List.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
	}

	@Test
	@Tag("F11")
	void healthWhenManagementPortSetThenAnsweredThereWithoutASessionAndNotOnThePublicPort() { // F11
		assertThat(this.managementPort).isNotEqualTo(this.port);
		Browser probe = new Browser(this.managementPort);
		for (String path : HEALTH) {
			HttpResponse<String> health = probe.get(path, Map.of("Cookie", "WEBEX_SESSION=wxs1.0000000000000000.bm90LWEtc2Vzc2lvbg"));
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components");
			assertThat(health.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(health.headers().firstValue("X-Request-Id")).as(path).isPresent();
			assertThat(health.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
		Browser visitor = new Browser(this.port);
		for (String path : HEALTH) {
			HttpResponse<String> page = visitor.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("Page not found").doesNotContain("\"status\":");
		}
	}

	@Test
	@Tag("F11")
	void prometheusWhenEnabledThenScrapedOnTheManagementPortOnly() { // F11
		assertThat(GrantFlow.connect(new Browser(this.port)).statusCode()).isEqualTo(200);
		HttpResponse<String> scrape = new Browser(this.managementPort).get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("webex_grant_creations_total").contains("webex_grants_stored ");
		Browser signedIn = new Browser(this.port);
		GrantFlow.connect(signedIn);
		assertThat(signedIn.get("/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(new Browser(this.port).get("/actuator/prometheus").statusCode()).isEqualTo(404);
	}

	@Test
	@Tag("F11")
	void anythingElseWhenAskedOnTheManagementPortThenNotFoundWithoutSessionOrLoginRedirect() { // F11
		Browser probe = new Browser(this.managementPort);
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator", "/", "/spaces", "/oauth2/authorization/webex")) {
			HttpResponse<String> response = probe.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(response.headers().firstValue("X-Request-Id")).as(path).isPresent();
			assertThat(response.body()).as(path).doesNotContain("spring.", "\"_links\"", "Exception", "trace");
		}
		HttpResponse<String> post = probe.postRaw("/actuator/health", "", Map.of());
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
	}

}
