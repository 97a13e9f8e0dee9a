package io.webexkit.app.spaces;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** One space over real HTTP against the simulator: reading, posting (with CSRF and validation), safe markdown. */
@AppIntegrationTest
class SpaceIntegrationTests {

	/** What a page view of a space costs: the room, its members, its messages. */
	private static final int CALLS_PER_VIEW = 3;

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	private Browser browser;

	/** A 1:1 space of the signed-in user: never read-only, always readable. */
	private String space;

	/** Webex calls made before the last post (after loading the form). */
	private long callsBeforePost;

	@BeforeEach
	void connect() {
		this.browser = new Browser(this.port);
		GrantFlow.connect(this.browser);
		this.space = SpacesPages.roomIds(this.browser.get("/spaces?type=direct").body()).get(0);
	}

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void spaceWhenOpenedFromTheListThenShowsTitleMessagesMembersAndForm() {
		HttpResponse<String> page = this.browser.get("/spaces/" + this.space);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Latest messages").contains("Members").contains("Direct")
			.contains("action=\"/spaces/" + this.space + "/messages\"")
			.contains("<li>Alex Rivera");
	}

	@Test
	void spaceWhenWebhooksAreOffThenSaysLiveUpdatesAreOffAndHasNoStream() {
		String page = this.browser.get("/spaces/" + this.space).body();
		assertThat(page).contains("Live updates are off on this server").doesNotContain("data-live-src");
		assertThat(this.browser.get("/spaces/" + this.space + "/live").statusCode()).isEqualTo(404);
	}

	@Test
	void postWhenValidThenRedirectsBackAndTheMessageShowsEscaped() {
		String marker = UUID.randomUUID().toString();
		HttpResponse<String> posted = post("Hello <b>there</b> **" + marker + "**", true);
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(this.browser.location(posted).getRawPath()).isEqualTo("/spaces/" + this.space);
		HttpResponse<String> page = this.browser.get(this.browser.location(posted).getRawPath());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<strong>" + marker + "</strong>")
			.contains("Hello &lt;b&gt;there&lt;/b&gt;")
			.doesNotContain("<b>there</b>");
	}

	@Test
	void postWhenCsrfTokenMissingThenForbiddenAndNothingPosted() {
		HttpResponse<String> posted = post("no token " + UUID.randomUUID(), false);
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(this.simulator.apiRequests()).isEqualTo(this.callsBeforePost);
	}

	@Test
	void postWhenEmptyThenFormErrorAndNothingPosted() {
		HttpResponse<String> posted = post("   ", true);
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("class=\"form-error\"").contains("Write a message before posting.");
		assertThat(this.simulator.apiRequests() - this.callsBeforePost).isEqualTo(CALLS_PER_VIEW);
	}

	@Test
	void postWhenLongerThanWebexAcceptsThenFormErrorKeepsTheDraftAndNothingPosted() {
		String draft = "é".repeat(3720); // 7440 UTF-8 bytes in 3720 characters
		HttpResponse<String> posted = post(draft, true);
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("The message is 7440 bytes long; Webex accepts at most 7439 bytes")
			.contains(draft);
		assertThat(this.simulator.apiRequests() - this.callsBeforePost).isEqualTo(CALLS_PER_VIEW);
	}

	@Test
	void postWhenWebexRefusesAlthoughThePermissionIsGrantedThenQuotesWebexInsteadOfAskingForIt() {
		Map<String, String> form = new LinkedHashMap<>(
				Browser.hiddenInputs(this.browser.get("/spaces/" + this.space).body()));
		form.put("text", "refused by Webex");
		this.simulator.behavior().failNextApiRequests(1, 403);
		HttpResponse<String> posted = this.browser.post("/spaces/" + this.space + "/messages", form);
		assertThat(posted.statusCode()).isEqualTo(403);
		assertThat(posted.body()).contains("Webex did not allow you to post in this space. Webex said: “Forbidden”")
			.doesNotContain("permission, which was not granted")
			.contains("refused by Webex");
	}

	@Test
	void spaceWhenMarkdownCarriesHtmlAndJavascriptLinkThenRendersNoActiveContent() {
		HttpResponse<String> posted = post("<img src=x onerror=alert(1)> [x](javascript:alert(1)) "
				+ "[y](data:text/html,hi) [ok](https://example.com/)", true);
		assertThat(posted.statusCode()).isEqualTo(302);
		String body = this.browser.get("/spaces/" + this.space).body();
		assertThat(body).contains("&lt;img src=x onerror=alert(1)&gt;")
			.contains("href=\"https://example.com/\">ok</a>")
			.doesNotContain("<img src=x")
			.doesNotContain("<img src=\"x\"")
			.doesNotContainIgnoringCase("href=\"javascript:")
			.doesNotContainIgnoringCase("href=\"data:");
	}

	@Test
	void spaceWhenOlderMessagesFollowedThenShowsOlderPageOfTheSameSpace() {
		for (int i = 0; i < 26; i++) {
			assertThat(post("message " + i, true).statusCode()).isEqualTo(302);
		}
		String newest = this.browser.get("/spaces/" + this.space).body();
		assertThat(newest).contains("message 25").doesNotContain(">message 0<");
		String older = SpacesPages.link(newest, "next").orElseThrow();
		HttpResponse<String> page = this.browser.get(older);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Older messages").contains("Newest messages")
			.doesNotContain(">message 25<");
	}

	@Test
	void spaceWhenIdOrCursorMalformedThenBadRequestPage() {
		for (String path : new String[] { "/spaces/a%3Cb", "/spaces/" + "A".repeat(513), "/spaces/a%22b",
				"/spaces/" + this.space + "?before=garbage", "/spaces/" + this.space + "?before=" }) {
			HttpResponse<String> page = this.browser.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(400);
			assertThat(page.body()).as(path).contains("Bad request");
		}
	}

	@Test
	void spaceWhenCursorBelongsToAnotherSpaceThenBadRequestPage() {
		String other = SpacesPages.roomIds(this.browser.get("/spaces?type=direct").body()).get(1);
		String query = "roomId=" + other + "&max=25&beforeMessage=x";
		String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(query.getBytes(StandardCharsets.UTF_8));
		assertThat(this.browser.get("/spaces/" + this.space + "?before=" + cursor).statusCode()).isEqualTo(400);
	}

	@Test
	void spaceWhenWebexHasNoSuchSpaceThenNotFoundPage() {
		HttpResponse<String> page = this.browser.get("/spaces/Y2lzY29zcGFyazovL3VzL1JPT00vbm9uZQ");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found");
	}

	private HttpResponse<String> post(String text, boolean withCsrf) {
		HttpResponse<String> page = this.browser.get("/spaces/" + this.space);
		Map<String, String> form = new LinkedHashMap<>();
		if (withCsrf) {
			form.putAll(Browser.hiddenInputs(page.body()));
		}
		form.put("text", text);
		this.callsBeforePost = this.simulator.apiRequests();
		return this.browser.post("/spaces/" + this.space + "/messages", form);
	}

}
