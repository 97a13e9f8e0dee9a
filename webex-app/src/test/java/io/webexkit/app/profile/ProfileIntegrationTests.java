package io.webexkit.app.profile;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile page over real HTTP against the simulator. */
@AppIntegrationTest
class ProfileIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void profileWhenConnectedThenShowsNameEmailOrganizationAndIsLinkedFromNav() {
		SimulatedPerson sam = this.simulator.users().get(1);
		Browser browser = new Browser(this.port);
		HttpResponse<String> spaces = GrantFlow.connect(browser, sam.id());
		assertThat(spaces.body()).contains("<a href=\"/profile\">Profile</a>");
		HttpResponse<String> profile = browser.get("/profile");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("<h1 id=\"profile-title\">" + sam.displayName() + "</h1>")
			.contains(sam.email())
			.contains(sam.orgId())
			.contains("class=\"avatar\"");
	}

	@Test
	void profileWhenNotSignedInThenSentHome() {
		HttpResponse<String> profile = new Browser(this.port).get("/profile");
		assertThat(profile.statusCode()).isEqualTo(302);
	}

}
