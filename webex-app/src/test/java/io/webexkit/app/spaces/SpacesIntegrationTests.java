package io.webexkit.app.spaces;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The spaces list over real HTTP against the simulator: paging, filters, and what happens when Webex refuses. */
@AppIntegrationTest
class SpacesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	TokenVault vault;

	@AfterEach
	void reset() {
		// also clears the room-count overrides
		this.simulator.reset();
	}

	private String alex() {
		return this.simulator.users().get(0).id();
	}

	@Test
	void spacesWhenPagedThroughNextLinksThenEveryRoomIsSeenExactlyOnce() {
		this.simulator.behavior().setRoomCount(alex(), 250);
		Browser browser = new Browser(this.port);
		HttpResponse<String> page = GrantFlow.connect(browser);
		List<String> seen = new ArrayList<>();
		int pages = 0;
		while (true) {
			assertThat(page.statusCode()).isEqualTo(200);
			seen.addAll(SpacesPages.roomIds(page.body()));
			pages++;
			var next = SpacesPages.link(page.body(), "next");
			if (next.isEmpty() || pages > 20) {
				break;
			}
			page = browser.get(next.get());
		}
		// the 250 and the demo space Alex shares with Sam
		assertThat(pages).isEqualTo(6);
		assertThat(seen).hasSize(251).doesNotHaveDuplicates();
	}

	@Test
	void spacesWhenPreviousLinkFollowedThenShowsTheEarlierPageAgain() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> first = GrantFlow.connect(browser);
		assertThat(SpacesPages.link(first.body(), "prev")).isEmpty();
		HttpResponse<String> second = browser.get(SpacesPages.link(first.body(), "next").orElseThrow());
		HttpResponse<String> third = browser.get(SpacesPages.link(second.body(), "next").orElseThrow());
		HttpResponse<String> backToSecond = browser.get(SpacesPages.link(third.body(), "prev").orElseThrow());
		assertThat(SpacesPages.roomIds(backToSecond.body())).isEqualTo(SpacesPages.roomIds(second.body()));
		HttpResponse<String> backToFirst = browser.get(SpacesPages.link(backToSecond.body(), "prev").orElseThrow());
		assertThat(SpacesPages.roomIds(backToFirst.body())).isEqualTo(SpacesPages.roomIds(first.body()));
		assertThat(backToFirst.body()).doesNotContain("First page");
		assertThat(SpacesPages.link(backToFirst.body(), "prev")).isEmpty();
		assertThat(third.body()).contains("First page");
	}

	@Test
	void spacesWhenDirectOnlyThenOnlyDirectRowsOnEveryPage() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		HttpResponse<String> page = browser.get("/spaces?type=direct&size=25");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(SpacesPages.kinds(page.body())).isNotEmpty().containsOnly("Direct");
		assertThat(page.body()).contains("<option value=\"direct\" selected>");
		HttpResponse<String> next = browser.get(SpacesPages.link(page.body(), "next").orElseThrow());
		assertThat(SpacesPages.kinds(next.body())).isNotEmpty().containsOnly("Direct");

		HttpResponse<String> groups = browser.get("/spaces?type=group");
		assertThat(SpacesPages.kinds(groups.body())).isNotEmpty().containsOnly("Group");
	}

	@Test
	void spacesWhenSortedThenByLastActivityByDefaultAndByCreationOnRequest() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> byActivity = GrantFlow.connect(browser);
		List<Instant> times = SpacesPages.times(byActivity.body()).stream().map(Instant::parse).toList();
		assertThat(times).hasSize(50).isSortedAccordingTo(Comparator.reverseOrder());

		HttpResponse<String> byCreation = browser.get("/spaces?sort=created&size=100");
		assertThat(byCreation.statusCode()).isEqualTo(200);
		assertThat(byCreation.body()).contains("<option value=\"created\" selected>")
			.contains("<option value=\"100\" selected>");
		assertThat(SpacesPages.roomIds(byCreation.body())).hasSize(100)
			.isNotEqualTo(SpacesPages.roomIds(browser.get("/spaces?size=100").body()));
	}

	@Test
	void spacesWhenUserIsInTenThousandSpacesThenFirstPageTakesOneWebexCall() {
		this.simulator.behavior().setRoomCount(alex(), 10_000);
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		long before = this.simulator.apiRequests();
		HttpResponse<String> page = browser.get("/spaces");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(SpacesPages.roomIds(page.body())).hasSize(50);
		assertThat(this.simulator.apiRequests() - before).isEqualTo(1);
	}

	@Test
	void spacesWhenUserIsInNoSpacesThenSaysSo() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> page = GrantFlow.connect(browser, this.simulator.users().get(2).id());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("You are in no spaces yet");
		assertThat(SpacesPages.link(page.body(), "next")).isEmpty();
	}

	@Test
	void spacesWhenEveryCallIsRateLimitedThenTooManyRequestsPageSaysWhenToRetry() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		this.simulator.behavior().setRetryAfter("120");
		this.simulator.behavior().setRateLimitEveryNthCall(1);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> page = browser.get("/spaces");
			assertThat(page.statusCode()).isEqualTo(429);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("120");
			assertThat(page.body()).contains("try again in 120 seconds");
		}
	}

	@Test
	void spacesWhenGrantRevokedAtWebexThenGrantPageAndStoredGrantDeleted() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		assertThat(this.vault.find("webex-simulator", alex())).isPresent();
		this.simulator.revokeGrants(alex());
		this.simulator.expireAllAccessTokens();
		HttpResponse<String> page = browser.get("/spaces");
		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(page.body()).contains("GRANT").contains("href=\"/oauth2/authorization/webex-simulator\"");
		assertThat(this.vault.find("webex-simulator", alex())).isEmpty();
	}

	@Test
	void spacesWhenParametersInvalidThenBadRequestPageAndNoWebexCall() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		long before = this.simulator.apiRequests();
		Set<Integer> statuses = new HashSet<>();
		for (String query : List.of("type=foo", "type=", "sort=name", "size=-1", "size=abc", "size=1000",
				"cursor=garbage", "cursor=%3Cscript%3E", "cursor=", "prev=~", "cursor=YWJj&prev=x.y.z.a.b.c",
				"cursor=YWJj&prev=%3C")) {
			HttpResponse<String> page = browser.get("/spaces?" + query);
			statuses.add(page.statusCode());
			assertThat(page.statusCode()).as(query).isEqualTo(400);
			assertThat(page.body()).as(query).contains("Bad request").doesNotContain("<script>");
		}
		assertThat(statuses).containsOnly(400);
		assertThat(this.simulator.apiRequests()).isEqualTo(before);
	}

	@Test
	void spacesWhenCursorWellFormedButNotFromWebexThenBadRequestPage() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		// base64url of "cursor=bogus": passes the shape checks, Webex itself rejects it
		HttpResponse<String> page = browser.get("/spaces?cursor=Y3Vyc29yPWJvZ3Vz");
		assertThat(page.statusCode()).isEqualTo(400);
	}

}
