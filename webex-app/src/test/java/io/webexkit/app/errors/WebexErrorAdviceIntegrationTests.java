package io.webexkit.app.errors;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
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

/**
 * Webex's 403 on a page: a missing permission is named only when the grant lacks it (here the app does not ask for
 * {@code spark:rooms_read}); any other refusal quotes Webex and asks for nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebexErrorAdviceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
		registry.add("webex.scopes", () -> "spark:people_read spark:messages_read");
	}

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	@Tag("D4")
	void forbiddenWhenGrantLacksTheEndpointsScopeThenNamesThePermissionAndOffersGrant() { // D4
		Browser browser = new Browser(this.port);
		HttpResponse<String> spaces = GrantFlow.connect(browser);
		assertThat(spaces.statusCode()).isEqualTo(403);
		assertThat(spaces.body()).contains("Permission missing")
			.contains("It needs the permission spark:rooms_read, which was not granted")
			.contains("class=\"button grant\"");
	}

	@Test
	@Tag("D4")
	void forbiddenWhenTheEndpointsScopeIsGrantedThenQuotesWebexWithoutAskingForAPermission() { // D4
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		this.simulator.behavior().failNextApiRequests(1, 403);
		HttpResponse<String> profile = browser.get("/profile"); // people/me needs spark:people_read: granted
		assertThat(profile.statusCode()).isEqualTo(403);
		assertThat(profile.body()).contains("Not allowed by Webex")
			.contains("Webex did not allow this. Webex said: “Forbidden”")
			.doesNotContain("needs the permission")
			.doesNotContain("Grant access again")
			.doesNotContain("class=\"button grant\"");
	}

}
