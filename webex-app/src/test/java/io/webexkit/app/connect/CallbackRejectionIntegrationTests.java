package io.webexkit.app.connect;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad callbacks end on a clear page with a way to try again, and never reach the token endpoint. */
@AppIntegrationTest
class CallbackRejectionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void callbackWhenStateMissingThenRejectsWithoutTokenRequest() { // B1
		Browser browser = new Browser(this.port);
		startedState(browser);
		assertRejected(browser, browser.follow(browser.get("/oauth?code=abc")), 400);
	}

	@Test
	void callbackWhenStateWrongThenRejectsWithoutTokenRequest() { // B2
		Browser browser = new Browser(this.port);
		startedState(browser);
		assertRejected(browser, browser.follow(browser.get("/oauth?code=abc&state=not-the-state")), 400);
	}

	@Test
	void callbackWhenUnsolicitedThenRejectsWithoutTokenRequest() { // B6, B3
		Browser victim = new Browser(this.port);
		Browser attacker = new Browser(this.port);
		URI attackersCallback = GrantFlow.consent(attacker, "accept", null);
		assertRejected(victim, victim.follow(victim.get(attackersCallback.toString())), 400);
		assertThat(victim.follow(victim.get("/spaces")).body()).contains("GRANT");
	}

	@Test
	void callbackWhenReplayedThenRejectedAndGrantUntouched() { // B4
		Browser browser = new Browser(this.port);
		URI callback = GrantFlow.consent(browser, "accept", null);
		assertThat(browser.follow(browser.get(callback.toString())).body()).contains("Connected to Webex");
		long tokenRequests = this.simulator.tokenRequests();

		HttpResponse<String> replay = browser.follow(browser.get(callback.toString()));
		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(replay.body()).contains("not valid here").contains("GRANT again");
		assertThat(this.simulator.tokenRequests()).isEqualTo(tokenRequests);
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@CsvSource({ "access_denied, 403", "invalid_scope, 400", "server_error, 503", "temporarily_unavailable, 503" })
	void callbackWhenWebexReportsErrorThenFriendlyPageAndRetry(String error, int status) { // B8
		Browser browser = new Browser(this.port);
		String state = startedState(browser);
		HttpResponse<String> page = browser.follow(browser.get("/oauth?error=" + error + "&state=" + state));
		assertThat(page.statusCode()).isEqualTo(status);
		assertThat(page.body()).contains("GRANT again").contains(error);
		assertThat(this.simulator.tokenRequests()).isZero();
	}

	@Test
	void callbackWhenErrorDescriptionIsHostileThenEscaped() { // B9
		Browser browser = new Browser(this.port);
		String state = startedState(browser);
		HttpResponse<String> page = browser.follow(browser.get("/oauth?error=access_denied&state=" + state
				+ "&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Ca%20href%3Dx%3Elink%3C%2Fa%3E"));
		assertThat(page.body()).doesNotContain("<script>alert(1)").doesNotContain("<a href=x>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(this.simulator.tokenRequests()).isZero();
	}

	@Test
	void callbackWhenDeclinedOnConsentPageThenFriendlyPageAndGrantAgainWorks() { // B8
		Browser browser = new Browser(this.port);
		URI callback = GrantFlow.consent(browser, "decline", null);
		HttpResponse<String> page = browser.follow(browser.get(callback.toString()));
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Access was not granted").contains("GRANT again");
		assertThat(this.simulator.tokenRequests()).isZero();
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "code=a&code=b&state=%s", "code=a&state=%s&state=%s" })
	void callbackWhenParameterDuplicatedThenBadRequestWithoutTokenRequest(String query) { // B11
		Browser browser = new Browser(this.port);
		String state = startedState(browser);
		HttpResponse<String> page = browser.get("/oauth?" + query.replace("%s", state));
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("malformed").doesNotContain("Whitelabel");
		assertThat(this.simulator.tokenRequests()).isZero();
	}

	@Test
	void callbackWhenCodeIsAbsurdThenBoundedClientErrorWithoutTokenRequest() { // B13
		Browser browser = new Browser(this.port);
		String state = startedState(browser);
		for (String code : new String[] { "x".repeat(8192), "a%00b", "%FF%FE", "a%0D%0ASet-Cookie:%20x=y" }) {
			HttpResponse<String> page = browser.follow(browser.get("/oauth?code=" + code + "&state=" + state));
			assertThat(page.statusCode()).as(code).isEqualTo(400);
			assertThat(page.headers().map()).doesNotContainKey("x");
		}
		assertThat(this.simulator.tokenRequests()).isZero();
	}

	private String startedState(Browser browser) {
		HttpResponse<String> start = browser.get(GrantFlow.grantPath(browser));
		Map<String, String> query = Browser.query(browser.location(start));
		return query.get("state");
	}

	private void assertRejected(Browser browser, HttpResponse<String> page, int status) {
		assertThat(page.statusCode()).isEqualTo(status);
		assertThat(page.body()).contains("GRANT").doesNotContain("Whitelabel").doesNotContain("Exception");
		assertThat(this.simulator.tokenRequests()).isZero();
	}

}
