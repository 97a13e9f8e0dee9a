package io.webexkit.app.connect;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees after Disconnect: still signed in to the app, no longer connected to Webex. */
@AppIntegrationTest
class DisconnectIntegrationTests {

	private static final String SPACES_LINK = "<a href=\"/spaces\">Spaces</a>";

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void disconnectWhenConnectedThenHomeConfirmsAndTheHeaderSaysNotConnected() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		assertThat(browser.get("/").body()).contains(SPACES_LINK).doesNotContain("not connected to Webex");

		HttpResponse<String> home = disconnect(browser);

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("<h1>Disconnected</h1>")
			.contains("This app can no longer act for you in Webex")
			.contains("class=\"button grant\"")
			.contains("not connected to Webex")
			.contains("Log out")
			.doesNotContain(SPACES_LINK)
			.doesNotContain("/profile");
	}

	@Test
	void spacesWhenDisconnectedThenAccessRemovedWithGrantAndNoErrorLine() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		disconnect(browser);

		HttpResponse<String> spaces = browser.get("/spaces");

		assertThat(spaces.statusCode()).isEqualTo(401);
		assertThat(spaces.body()).contains("Access removed")
			.contains("This app no longer has access to your Webex account")
			.contains("class=\"button grant\"")
			.contains("not connected to Webex")
			.doesNotContain("Error 401")
			.doesNotContain("You have not granted this app")
			.doesNotContain(SPACES_LINK);
		assertThat(GrantFlow.connect(browser).statusCode()).as("GRANT from there connects again").isEqualTo(200);
		assertThat(browser.get("/").body()).contains("Connected to Webex").contains(SPACES_LINK);
	}

	@Test
	void homeWhenLinkedWithDisconnectedButStillConnectedThenNoConfirmation() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);

		HttpResponse<String> home = browser.get("/?disconnected");

		assertThat(home.body()).contains("Connected to Webex").doesNotContain("Disconnected");
	}

	private static HttpResponse<String> disconnect(Browser browser) {
		HttpResponse<String> redirect = browser.post("/disconnect", Browser.hiddenInputs(browser.get("/").body()));
		assertThat(redirect.statusCode()).isEqualTo(302);
		return browser.follow(redirect);
	}

}
