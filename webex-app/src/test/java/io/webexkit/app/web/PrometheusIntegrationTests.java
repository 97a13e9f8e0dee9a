package io.webexkit.app.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.webexkit.app.Browser;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code WEBEX_PROMETHEUS_ACCESS=read-only}, the app's meters are scraped at {@code /actuator/prometheus}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "WEBEX_PROMETHEUS_ACCESS=read-only")
class PrometheusIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
	}

	@Test
	void prometheusWhenEnabledThenGrantRefreshAndWebexCallMetricsAreScraped() {
		Browser browser = new Browser(this.port);
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		this.simulator.expireAllAccessTokens();
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(200);

		HttpResponse<String> scrape = new Browser(this.port).get("/actuator/prometheus");
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("webex_grant_creations_total")
			.contains("webex_grants_stored ")
			.contains("webex_grants_refresh_expiring")
			.contains("webex_token_refresh_seconds_count{outcome=\"ok\"")
			.contains("webex_api_requests_seconds_count{method=\"GET\",resource=\"/rooms\",status=\"200\"")
			.contains("webex_api_requests_seconds_count{method=\"GET\",resource=\"/rooms\",status=\"401\"");
		for (String token : this.simulator.issuedTokens()) {
			assertThat(scrape.body()).doesNotContain(token);
		}
	}

}
