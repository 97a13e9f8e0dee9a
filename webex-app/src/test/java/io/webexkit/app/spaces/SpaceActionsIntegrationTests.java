package io.webexkit.app.spaces;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * What a Webex user expects of a space page, over real HTTP against the simulator: start a space with people by
 * email, reply in a thread, mention someone, attach and download a file (and be told when Webex is still scanning it
 * or blocked it), edit and delete one's own messages and only those.
 */
@AppIntegrationTest
class SpaceActionsIntegrationTests {

	private static final Pattern FILE_LINK = Pattern.compile("href=\"(/spaces/[^\"]+/files/[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	private Browser alex;

	private String demo;

	@BeforeEach
	void connect() {
		this.alex = new Browser(this.port);
		GrantFlow.connect(this.alex, this.simulator.users().get(0).id());
		this.demo = this.simulator.demoSpaceId();
	}

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void startWhenPeopleGivenByEmailThenSpaceWithThemAndWhoCouldNotBeAddedIsSaid() {
		assertThat(this.alex.get("/spaces").body()).contains("href=\"/spaces/new\"");
		Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(this.alex.get("/spaces/new").body()));
		form.put("title", "Incident <42>");
		form.put("people", "sam.patel@example.com,\nnobody@nowhere.example");
		HttpResponse<String> started = this.alex.post("/spaces", form);
		assertThat(started.statusCode()).isEqualTo(200);
		assertThat(started.body()).contains("Incident &lt;42&gt;")
			.contains("nobody@nowhere.example: Webex knows nobody with this address")
			.doesNotContain("sam.patel@example.com:");
		String space = started.body().replaceAll("(?s).*<a href=\"/spaces/([^\"]+)\">Incident.*", "$1");
		String page = this.alex.get("/spaces/" + space).body();
		assertThat(page).contains("Sam Patel").contains("Alex Rivera");

		form.put("people", "sam.patel@example.com");
		HttpResponse<String> all = this.alex.post("/spaces", form);
		assertThat(all.statusCode()).as("everyone added: straight to the space").isEqualTo(302);

		form.put("people", "not-an-address");
		HttpResponse<String> invalid = this.alex.post("/spaces", form);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("is not an email address").contains("not-an-address");
		form.put("title", " ");
		assertThat(this.alex.post("/spaces", form).body()).contains("Give the space a title.");
	}

	@Test
	void replyWhenPostedInAThreadThenShownUnderItsFirstMessage() {
		String marker = UUID.randomUUID().toString();
		String parent = this.simulator.postMessage(this.simulator.users().get(1).email(), this.demo,
				"Root cause for " + marker + "?");
		HttpResponse<String> page = this.alex.get("/spaces/" + this.demo);
		assertThat(page.body()).contains("action=\"/spaces/" + this.demo + "/messages?parentId=");
		Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(page.body()));
		form.put("text", "A full disk, " + marker);
		HttpResponse<String> replied = this.alex.post("/spaces/" + this.demo + "/messages?parentId=" + parent, form);
		assertThat(replied.statusCode()).isEqualTo(302);
		String body = this.alex.get("/spaces/" + this.demo).body();
		int thread = body.indexOf("Root cause for " + marker);
		int replies = body.indexOf("<ol class=\"replies\"", thread);
		int reply = body.indexOf("A full disk, " + marker, thread);
		assertThat(thread).isPositive();
		assertThat(replies).as("a replies list after the first message").isGreaterThan(thread);
		assertThat(reply).as("the reply inside it").isGreaterThan(replies);

		HttpResponse<String> nested = this.alex.post("/spaces/" + this.demo + "/messages?parentId="
				+ this.simulator.postMessage(this.simulator.users().get(1).email(), this.demo, "x") + "&x=1", form);
		assertThat(nested.statusCode()).isEqualTo(302);
		assertThat(this.alex.post("/spaces/" + this.demo + "/messages?parentId=not%20an%20id", form).statusCode())
			.isEqualTo(400);
	}

	@Test
	void mentionWhenChosenThenMessageMentionsThemAndShowsTheirName() {
		String samId = this.simulator.users().get(1).id();
		String page = this.alex.get("/spaces/" + this.demo).body();
		assertThat(page).contains("<option value=\"" + samId + "\">Sam Patel</option>");
		Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(page));
		form.put("text", "please look at the dashboard");
		form.put("mention", samId);
		assertThat(this.alex.post("/spaces/" + this.demo + "/messages", form).statusCode()).isEqualTo(302);
		assertThat(this.alex.get("/spaces/" + this.demo).body())
			.contains("<span class=\"mention\">@Sam Patel</span> please look at the dashboard");
	}

	@Test
	void editAndDeleteWhenOwnMessageThenDoneAndSomeoneElsesNotOffered() {
		String marker = UUID.randomUUID().toString();
		Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(this.alex.get("/spaces/" + this.demo).body()));
		form.put("text", "typo " + marker);
		this.alex.post("/spaces/" + this.demo + "/messages", form);
		String sams = this.simulator.postMessage(this.simulator.users().get(1).email(), this.demo, "Sam's " + marker);
		String page = this.alex.get("/spaces/" + this.demo).body();
		String own = item(page, "typo " + marker);
		String others = item(page, "Sam's " + marker);
		Matcher edit = Pattern.compile("action=\"/spaces/[^\"]+/messages/([^\"/]+)/edit\"").matcher(own);
		assertThat(edit.find()).as("Alex's own message offers an edit").isTrue();
		String mine = edit.group(1);
		assertThat(others).as("Sam's does not").doesNotContain("/edit\"").doesNotContain("/delete\"");

		form.put("text", "fixed " + marker);
		assertThat(this.alex.post("/spaces/" + this.demo + "/messages/" + mine + "/edit", form).statusCode())
			.isEqualTo(302);
		assertThat(this.alex.get("/spaces/" + this.demo).body()).contains("fixed " + marker).contains("edited")
			.doesNotContain("typo " + marker);
		HttpResponse<String> forged = this.alex.post("/spaces/" + this.demo + "/messages/" + sams + "/edit", form);
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("only its author can");

		form.remove("text");
		assertThat(this.alex.post("/spaces/" + this.demo + "/messages/" + mine + "/delete", form).statusCode())
			.isEqualTo(302);
		assertThat(this.alex.get("/spaces/" + this.demo).body()).doesNotContain("fixed " + marker)
			.contains("Sam's " + marker);
		assertThat(this.alex.post("/spaces/" + this.demo + "/messages/" + sams + "/delete", form).statusCode())
			.isEqualTo(403);
	}

	@Test
	void fileWhenAttachedThenDownloadedThroughTheAppAndScanStatesShownAsSuch() {
		String report = "incident report " + UUID.randomUUID() + "\n";
		String link = attach("report \"final\".txt", report);
		HttpResponse<String> download = this.alex.get(link);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(report);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/octet-stream");
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
			.contains("report");

		this.simulator.behavior().setFileScanDuration(Duration.ofMinutes(5));
		HttpResponse<String> scanning = this.alex.get(attach("new.txt", "new"));
		assertThat(scanning.statusCode()).isEqualTo(503);
		assertThat(scanning.body()).contains("still checking this file for malware");
		assertThat(scanning.headers().firstValue("Retry-After")).isPresent();
		this.simulator.behavior().setFileScanDuration(Duration.ZERO);

		this.simulator.behavior().infectNextFiles(1);
		HttpResponse<String> infected = this.alex.get(attach("invoice.zip", "pk"));
		assertThat(infected.statusCode()).isEqualTo(410);
		assertThat(infected.body()).contains("blocked this file as unsafe");
		this.simulator.behavior().makeNextFilesUnscannable(1);
		HttpResponse<String> unscannable = this.alex.get(attach("secret.7z", "7z"));
		assertThat(unscannable.statusCode()).isEqualTo(403);
		assertThat(unscannable.body()).contains("could not check this file");
		for (HttpResponse<String> page : List.of(scanning, infected, unscannable)) {
			assertThat(page.body()).doesNotContain("Exception").doesNotContain("at io.webexkit");
		}
		assertThat(this.alex.get("/spaces/" + this.demo + "/files/not%20a%20content").statusCode()).isEqualTo(400);
	}

	/** The list item of the message whose text has {@code marker}. */
	private static String item(String page, String marker) {
		int at = page.indexOf(marker);
		assertThat(at).as(marker).isPositive();
		int start = page.lastIndexOf("<li class=\"message", at);
		int end = page.indexOf("</li>", at);
		return page.substring(start, end);
	}

	/** Posts a message with a file through the page's form (multipart, as a browser sends it); its download link. */
	private String attach(String name, String content) {
		Map<String, String> hidden = Browser.hiddenInputs(this.alex.get("/spaces/" + this.demo).body());
		String boundary = "----app-test-" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		hidden.forEach((field, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
			.append(field).append("\"\r\n\r\n").append(value).append("\r\n"));
		body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nHere it is\r\n");
		body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(name.replace("\"", "%22")).append("\"\r\nContent-Type: text/plain\r\n\r\n").append(content).append("\r\n");
		body.append("--").append(boundary).append("--\r\n");
		HttpResponse<String> posted = this.alex.postBody("/spaces/" + this.demo + "/messages",
				body.toString().getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
		Matcher link = FILE_LINK.matcher(this.alex.get("/spaces/" + this.demo).body());
		assertThat(link.find()).as("a download link").isTrue();
		return link.group(1).replace("&amp;", "&");
	}

}
