package io.webexkit.app.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.Concurrently;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page view costs besides its Webex call: no session writes, and the page sent in one piece. */
@AppIntegrationTest
class PageCostIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void pageViewsWithinAMinuteOfSigningInThenNoCookieWrittenAndNoServerSession() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		for (String page : List.of("/", "/spaces", "/profile")) {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(page)
				.noneMatch((cookie) -> cookie.startsWith("WEBEX_SESSION=") || cookie.startsWith("JSESSIONID="));
		}
	}

	@Test
	void firstPageViewsWhenConcurrentInOneSessionThenEachAnswered() throws Exception {
		for (int round = 0; round < 5; round++) {
			Browser browser = new Browser(this.port);
			URI callback = GrantFlow.consent(browser, "accept", null);
			assertThat(browser.get(callback.toString()).statusCode()).isEqualTo(302);
			// the session is new: the first views each create a CSRF token at the same time
			List<Integer> statuses = Concurrently.run(12, () -> browser.get("/spaces").statusCode());
			assertThat(statuses).as("round " + round).containsOnly(200);
		}
	}

	@Test
	void pageWhenRenderedThenSentInOnePieceWithItsLength() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> spaces = GrantFlow.connect(browser);
		assertThat(spaces.statusCode()).isEqualTo(200);
		assertThat(spaces.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(spaces.headers().firstValue("Transfer-Encoding")).isEmpty();
		assertThat(spaces.headers().firstValueAsLong("Content-Length"))
			.hasValue(spaces.body().getBytes(StandardCharsets.UTF_8).length);
		assertThat(spaces.body()).contains("Your spaces");
		assertThat(spaces.body().strip()).endsWith("</html>");
	}

}
