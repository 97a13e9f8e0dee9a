package io.webexkit.app.web;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.TestPostgres;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page of the same site can do to a signed-in user, over real HTTP, with cookies as a browser keeps and sends
 * them (a cookie with a longer path goes first). The attacker is a page on another port of this host (or a sibling
 * subdomain): its requests are same-site, so {@code SameSite=Lax} cookies go along, and it can set cookies for this
 * host.
 */
@AppIntegrationTest
class SameSiteAttacksIntegrationTests {

	private static final String ATTACKER_ORIGIN = "http://localhost:" + TestPostgres.freePort();

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	TokenVault vault;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Origin: other port", "Origin: null", "Sec-Fetch-Site: same-site",
			"Sec-Fetch-Site: cross-site", "Sec-Fetch-Site: none" })
	@Tag("F12")
	void disconnectWhenTheBrowserSaysItComesFromAnotherOriginThenRefusedBeforeTheTokenCounts(String header) { // F12
		SimulatedPerson alex = this.simulator.users().get(0);
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser, alex.id());
		String token = csrf(browser);
		String[] nameValue = header.replace("other port", ATTACKER_ORIGIN).split(": ", 2);

		HttpResponse<String> refused = browser.postRaw("/disconnect", "_csrf=" + token,
				Map.of(nameValue[0], nameValue[1]));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("This request came from another site, so it was refused");
		assertThat(this.vault.find("webex-simulator", alex.id())).as("still connected").isPresent();
		assertThat(browser.get("/").body()).contains("Connected to Webex");
	}

	@Test
	@Tag("F12")
	void disconnectWhenTheBrowserSaysItComesFromThisOriginThenDone() { // F12
		SimulatedPerson alex = this.simulator.users().get(0);
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser, alex.id());
		HttpResponse<String> done = browser.postRaw("/disconnect", "_csrf=" + csrf(browser),
				Map.of("Origin", "http://localhost:" + this.port, "Sec-Fetch-Site", "same-origin"));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(this.vault.find("webex-simulator", alex.id())).isEmpty();
	}

	/**
	 * The attack as it worked against a double-submit cookie: the attacker's page sets its own {@code XSRF-TOKEN} for
	 * this host on the form's path (so the browser sends it first) and posts the matching masked token. A browser
	 * that sends neither {@code Origin} nor {@code Sec-Fetch-Site} leaves it to the token alone.
	 */
	@Test
	@Tag("F12")
	void disconnectWhenAnotherSitePlantedItsOwnTokenCookieAndPostsTheMatchingTokenThenRefused() { // F12
		SimulatedPerson alex = this.simulator.users().get(0);
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser, alex.id());
		String attackerToken = "0d2b9a4c-7a1e-4c3b-9f57-3f0a5c1e2d4b";
		for (String name : List.of("XSRF-TOKEN", "__Host-XSRF-TOKEN")) {
			browser.plant(name, attackerToken, "/disconnect");
		}

		HttpResponse<String> refused = browser.postRaw("/disconnect",
				"_csrf=" + Browser.maskedCsrfToken(attackerToken), Map.of());

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.vault.find("webex-simulator", alex.id())).as("still connected").isPresent();
	}

	@Test
	@Tag("F12")
	void postWhenTheTokenIsAnotherSessionsThenRefusedAndTheSessionsOwnTokenWorks() { // F12
		Browser alex = new Browser(this.port);
		GrantFlow.connect(alex, this.simulator.users().get(0).id());
		Browser sam = new Browser(this.port);
		GrantFlow.connect(sam, this.simulator.users().get(1).id());

		assertThat(alex.postRaw("/disconnect", "_csrf=" + csrf(sam), Map.of()).statusCode()).isEqualTo(403);
		assertThat(this.vault.find("webex-simulator", this.simulator.users().get(0).id())).isPresent();

		Browser alexAgain = new Browser(this.port);
		GrantFlow.connect(alexAgain, this.simulator.users().get(0).id());
		assertThat(csrf(alexAgain)).as("a new session, a new token").isNotEqualTo(csrf(alex));
		assertThat(alex.postRaw("/disconnect", "_csrf=" + csrf(alex), Map.of()).statusCode()).isEqualTo(302);
	}

	@Test
	@Tag("F12")
	void pagesWhenSignedInThenNoTokenCookieIsSet() { // F12: the token lives in the sealed session only
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser, this.simulator.users().get(0).id());
		HttpResponse<String> home = browser.get("/");
		assertThat(csrf(browser)).isNotBlank();
		assertThat(home.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.contains("XSRF"));
		assertThat(browser.cookies().getCookieStore().getCookies()).extracting(HttpCookie::getName)
			.containsExactly("WEBEX_SESSION");
	}

	/**
	 * Cookie tossing: Sam, signed in in his own browser, plants his valid session cookie in Alex's browser on the path
	 * {@code /spaces}. Alex's Spaces page must neither show Sam's spaces nor act as Sam, and must say why.
	 */
	@Test
	@Tag("F13")
	void spacesWhenAnotherPersonsValidSessionWasPlantedOnTheirPathThenSignedOutAndToldWhy() { // F13
		SimulatedPerson alex = this.simulator.users().get(0);
		SimulatedPerson sam = this.simulator.users().get(1);
		Browser alexBrowser = new Browser(this.port);
		GrantFlow.connect(alexBrowser, alex.id());
		Browser samBrowser = new Browser(this.port);
		GrantFlow.connect(samBrowser, sam.id());
		alexBrowser.plant("WEBEX_SESSION", samBrowser.cookie("WEBEX_SESSION"), "/spaces");

		for (String path : List.of("/spaces", "/spaces?page=2")) {
			HttpResponse<String> spaces = alexBrowser.get(path);
			assertThat(spaces.statusCode()).isEqualTo(400);
			assertThat(spaces.body()).contains("sign-ins of two different people")
				.doesNotContain(sam.displayName())
				.doesNotContain(alex.displayName());
			assertThat(spaces.headers().firstValue("Clear-Site-Data")).hasValue("\"cookies\"");
		}
		assertThat(alexBrowser.get("/").body()).as("Alex's own page, where nothing was planted").contains(
				"Connected to Webex", alex.displayName());
		String csrf = csrf(samBrowser);
		HttpResponse<String> post = alexBrowser.postRaw("/spaces/x/messages", "_csrf=" + csrf + "&text=hi", Map.of());
		assertThat(post.statusCode()).as("not posted as Sam").isEqualTo(400);
		assertThat(this.vault.find("webex-simulator", sam.id())).isPresent();
	}

	@Test
	@Tag("F13")
	void spacesWhenAPlantedSessionCookieDoesNotOpenThenTheUserStaysSignedIn() { // F13: junk cannot lock anyone out
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser, this.simulator.users().get(0).id());
		browser.plant("WEBEX_SESSION", "wxs1.0000000000000000.cGxhbnRlZC1ieS1hbi1hdHRhY2tlcg", "/spaces");
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(200);
	}

	private static String csrf(Browser browser) {
		return Browser.hiddenInputs(browser.get("/").body()).get("_csrf");
	}

}
