package io.webexkit.app.connect;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.AppInstance;
import io.webexkit.app.Browser;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's whole flow over real HTTP, in simulator mode: GRANT, consent, callback, SPACES. */
@AppIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GrantFlowIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void grantWhenAcceptedThenSpacesShowTheSimulatedRoomsEscaped() {
		this.simulator.createSpace("<script>alert('xss')</script> & \"quotes\"", "alex.rivera@example.com");
		Browser browser = new Browser(this.port);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("GRANT").contains("Simulated Webex");

		HttpResponse<String> spaces = GrantFlow.connect(browser);
		assertThat(spaces.statusCode()).isEqualTo(200);
		assertThat(spaces.body()).contains("Your spaces").contains("Simulated Webex");
		assertThat(spaces.body()).doesNotContain("<script>alert")
			.contains("&lt;script&gt;alert('xss')&lt;/script&gt; &amp; \"quotes\"");
		assertThat(this.simulator.tokenRequests()).isEqualTo(1);
		assertThat(this.meters.get("webex.grant.creations").counter().count()).isPositive();
		assertThat(this.meters.get("webex.api.requests").tag("resource", "/rooms").tag("status", "200").timer().count())
			.isPositive();
		assertThat(this.meters.get("webex.grants.stored").gauge().value()).isPositive();
		assertThat(new Browser(this.port).get("/actuator/prometheus").statusCode()).as("metrics are opt-in")
			.isEqualTo(404);
	}

	@Test
	void simulatorOperatorEndpointsWhenInProcessSimulatorThenNotServed() {
		Browser browser = new Browser(this.port);

		HttpResponse<String> stats = browser.get("/simulator/stats");

		// no such endpoint here: like any page but the public ones, it sends a visitor to the home page
		assertThat(stats.statusCode()).as("only the standalone simulator has them").isEqualTo(302);
		assertThat(browser.location(stats).getPath()).isEqualTo("/");
		assertThat(stats.body()).doesNotContain("tokenRequests");
	}

	@Test
	void grantWhenTokenResponseHasNoTokenTypeThenConnects() { // C2
		this.simulator.behavior().setOmitTokenType(true);
		HttpResponse<String> spaces = GrantFlow.connect(new Browser(this.port));
		assertThat(spaces.statusCode()).isEqualTo(200);
		assertThat(spaces.body()).contains("Your spaces");
	}

	@Test
	@Tag("F9")
	void grantWhenRegistrationIsNotTheActiveOneThenNotFoundPageAndNothingLoggedAsError(CapturedOutput output) { // F9
		Browser browser = new Browser(this.port);
		for (String id : new String[] { "webex", "unknown", "%3Cscript%3E", "" }) {
			HttpResponse<String> page = browser.get("/oauth2/authorization/" + id);
			assertThat(page.statusCode()).as(id).isEqualTo(404);
			assertThat(page.body()).as(id).contains("Page not found").contains("Reference")
				.doesNotContain("Exception");
		}
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	@Test
	void consentPageWhenSimulatedThenItsFormMayReachThisAppOnly() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> consent = browser.get(browser.location(browser.get(GrantFlow.grantPath(browser))).toString());
		assertThat(consent.statusCode()).isEqualTo(200);
		assertThat(consent.headers().allValues("Content-Security-Policy")).singleElement()
			.asString()
			.endsWith("; form-action 'self' http://localhost:" + this.port);
		assertThat(browser.get("/v1/people/me").headers().allValues("Content-Security-Policy"))
			.containsExactly("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
		assertThat(browser.get("/").headers().allValues("Content-Security-Policy")).singleElement()
			.asString()
			.endsWith("; form-action 'self'")
			.contains("img-src 'self' data: https://webexcontent.com https://*.webexcontent.com http://localhost:"
					+ this.port + ";");
	}

	@Test
	void authorizationRequestWhenStartedThenCarriesS256ChallengeStateAndExactRedirectUri() { // A1, A2, A4
		Browser browser = new Browser(this.port);
		HttpResponse<String> start = browser.get(GrantFlow.grantPath(browser));
		assertThat(start.statusCode()).isEqualTo(302);
		URI authorize = browser.location(start);
		Map<String, String> query = Browser.query(authorize);
		assertThat(authorize.getPath()).isEqualTo("/v1/authorize");
		assertThat(query).containsEntry("code_challenge_method", "S256")
			.containsEntry("response_type", "code")
			.containsEntry("redirect_uri", "http://localhost:" + this.port + "/oauth")
			.containsEntry("scope", AppInstance.REQUESTED_SCOPES);
		assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
		assertThat(query.get("state")).hasSizeGreaterThanOrEqualTo(22);

		HttpResponse<String> again = browser.get(GrantFlow.grantPath(browser));
		Map<String, String> second = Browser.query(browser.location(again));
		assertThat(second.get("state")).isNotEqualTo(query.get("state"));
		assertThat(second.get("code_challenge")).isNotEqualTo(query.get("code_challenge"));
	}

}
