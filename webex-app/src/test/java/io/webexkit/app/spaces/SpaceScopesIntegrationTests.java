package io.webexkit.app.spaces;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
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

/** An app configured with fewer scopes: the space page explains what is unavailable instead of failing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpaceScopesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
		registry.add("webex.scopes", () -> "spark:people_read spark:rooms_read spark:messages_read");
	}

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void spaceWhenWriteAndMembershipScopesNotGrantedThenSaysWhyAndPostIsRefused() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		String space = SpacesPages.roomIds(browser.get("/spaces?type=direct").body()).get(0);
		HttpResponse<String> page = browser.get("/spaces/" + space);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("Posting needs the spark:messages_write permission, which was not granted")
			.contains("Seeing the members needs the spark:memberships_read permission, which was not granted")
			.contains("Latest messages")
			.doesNotContain("action=\"/spaces/" + space + "/messages\"");

		Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
		form.put("text", "should not be posted");
		long before = this.simulator.apiRequests();
		HttpResponse<String> posted = browser.post("/spaces/" + space + "/messages", form);
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(posted.body()).contains("Posting needs the spark:messages_write permission");
		assertThat(this.simulator.apiRequests()).isEqualTo(before);
	}

}
