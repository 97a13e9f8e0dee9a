package io.webexkit.simulator;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.testapp.MutableClock;
import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Webex's rules for messages, as a client sees them over HTTP: threads, mentions, 1:1, edits, deletes, files, cards. */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class MessageRulesIntegrationTests {

	private static final Set<String> ALL = Set.of("spark:all");

	private static final String SAM_EMAIL = "sam.patel@example.com";

	@Autowired
	private WebexSimulator simulator;

	@Autowired(required = false)
	private MutableClock clock;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private String alex;

	private String sam;

	private String jordan;

	private String demo;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.http = new SimulatorHttp(this.port);
		this.alex = token(0, ALL);
		this.sam = token(1, ALL);
		this.jordan = token(2, ALL);
		this.demo = this.simulator.demoSpaceId();
	}

	@Test
	void threadsWhenRepliedThenListedByParentAndReplyToReplyRefused() {
		String parent = post(this.alex, "{\"roomId\":\"" + this.demo + "\",\"text\":\"Incident 42\"}").get("id")
			.asString();
		JsonNode reply = post(this.sam,
				"{\"roomId\":\"" + this.demo + "\",\"parentId\":\"" + parent + "\",\"text\":\"On it\"}");
		assertThat(reply.get("parentId").asString()).isEqualTo(parent);
		post(this.alex, "{\"roomId\":\"" + this.demo + "\",\"text\":\"Unrelated\"}");

		JsonNode thread = json(this.http.bearer("/v1/messages?roomId=" + encode(this.demo) + "&parentId="
				+ encode(parent), this.alex)).get("items");
		assertThat(thread).hasSize(1);
		assertThat(thread.get(0).get("text").asString()).isEqualTo("On it");
		JsonNode all = json(this.http.bearer("/v1/messages?roomId=" + encode(this.demo) + "&max=3", this.alex))
			.get("items");
		assertThat(all.get(1).get("parentId").asString()).as("replies are in the space's listing too")
			.isEqualTo(parent);

		HttpResponse<String> replyToReply = this.http.postJson("/v1/messages", "{\"roomId\":\"" + this.demo
				+ "\",\"parentId\":\"" + reply.get("id").asString() + "\",\"text\":\"nested\"}", this.alex);
		assertThat(replyToReply.statusCode()).isEqualTo(400);
		assertThat(json(replyToReply).get("message").asString()).contains("reply cannot be replied to");
		HttpResponse<String> elsewhere = this.http.postJson("/v1/messages",
				"{\"toPersonEmail\":\"" + SAM_EMAIL + "\",\"parentId\":\"" + parent + "\",\"text\":\"x\"}", this.alex);
		assertThat(elsewhere.statusCode()).as("a parent in another space").isEqualTo(400);
	}

	@Test
	void mentionsWhenPostedThenParsedRenderedAndFilteredForMe() {
		String samId = this.simulator.users().get(1).id();
		JsonNode posted = post(this.alex, "{\"roomId\":\"" + this.demo + "\",\"markdown\":\"<@personEmail:"
				+ SAM_EMAIL + "|Sam> please look, <@all>\"}");
		assertThat(posted.get("mentionedPeople")).extracting(JsonNode::asString).containsExactly(samId);
		assertThat(posted.get("mentionedGroups")).extracting(JsonNode::asString).containsExactly("all");
		assertThat(posted.get("text").asString()).isEqualTo("Sam please look, All");
		assertThat(posted.get("html").asString())
			.contains("<spark-mention data-object-type=\"person\" data-object-id=\"" + samId + "\">Sam</spark-mention>");
		post(this.alex, "{\"roomId\":\"" + this.demo + "\",\"markdown\":\"<@personId:" + samId + "> again\"}");
		post(this.alex, "{\"roomId\":\"" + this.demo + "\",\"text\":\"<@personId:" + samId + "> in plain text\"}");

		JsonNode mine = json(this.http.bearer("/v1/messages?roomId=" + encode(this.demo) + "&mentionedPeople=me",
				this.sam)).get("items");
		assertThat(mine).extracting((m) -> m.get("text").asString())
			.containsExactly("Sam Patel again", "Sam please look, All");
		assertThat(json(this.http.bearer("/v1/messages?roomId=" + encode(this.demo) + "&mentionedPeople="
				+ encode(samId), this.sam)).get("items")).hasSize(2);
		assertThat(json(this.http.bearer("/v1/messages?roomId=" + encode(this.demo) + "&mentionedPeople=me",
				this.alex)).get("items")).as("Alex mentioned nobody but Sam").isEmpty();
		assertThat(this.http.bearer("/v1/messages?roomId=" + encode(this.demo) + "&mentionedPeople="
				+ encode(samId), this.alex).statusCode()).as("someone else's mentions").isEqualTo(400);
	}

	@Test
	void directWhenFirstMessageToPersonThenSpaceOpenedOnceAndListedFromBothSides() {
		String jordanEmail = this.simulator.users().get(2).email();
		JsonNode first = post(this.alex, "{\"toPersonEmail\":\"" + jordanEmail + "\",\"text\":\"Hi Jordan\"}");
		assertThat(first.get("roomType").asString()).isEqualTo("direct");
		assertThat(first.get("toPersonEmail").asString()).isEqualTo(jordanEmail);
		JsonNode second = post(this.alex, "{\"toPersonId\":\"" + this.simulator.users().get(2).id()
				+ "\",\"text\":\"Are you there?\"}");
		assertThat(second.get("roomId").asString()).isEqualTo(first.get("roomId").asString());
		post(this.jordan, "{\"roomId\":\"" + first.get("roomId").asString() + "\",\"text\":\"Yes\"}");

		JsonNode fromAlex = json(this.http.bearer("/v1/messages/direct?personEmail=" + encode(jordanEmail), this.alex))
			.get("items");
		JsonNode fromJordan = json(this.http.bearer(
				"/v1/messages/direct?personId=" + encode(this.simulator.users().get(0).id()), this.jordan))
			.get("items");
		assertThat(fromAlex).extracting((m) -> m.get("text").asString())
			.containsExactly("Yes", "Are you there?", "Hi Jordan");
		assertThat(fromJordan).isEqualTo(fromAlex);
		JsonNode room = json(this.http.bearer("/v1/rooms/" + encode(first.get("roomId").asString()), this.jordan));
		assertThat(room.get("type").asString()).isEqualTo("direct");
		assertThat(room.get("title").asString()).isEqualTo(this.simulator.users().get(0).displayName());
		assertThat(this.http.bearer("/v1/rooms/" + encode(first.get("roomId").asString()), this.sam).statusCode())
			.as("a 1:1 space is the two's alone")
			.isEqualTo(404);
		assertThat(this.http.postJson("/v1/messages", "{\"toPersonEmail\":\"" + this.simulator.users().get(0).email()
				+ "\",\"text\":\"me\"}", this.alex).statusCode()).as("to oneself").isEqualTo(400);
		assertThat(this.http.bearer("/v1/messages/direct?personEmail=nobody%40nowhere.example", this.alex)
			.statusCode()).isEqualTo(404);
		assertThat(this.http.bearer("/v1/messages/direct", this.alex).statusCode()).isEqualTo(400);
	}

	@Test
	void editAndDeleteWhenOwnThenDoneAndWhenSomeoneElsesThenRefused() {
		String id = post(this.alex, "{\"roomId\":\"" + this.demo + "\",\"text\":\"typo hre\"}").get("id").asString();

		HttpResponse<String> bySam = this.http.sendJson("PUT", "/v1/messages/" + encode(id),
				"{\"roomId\":\"" + this.demo + "\",\"text\":\"hijacked\"}", this.sam);
		assertThat(bySam.statusCode()).isEqualTo(403);
		HttpResponse<String> edited = this.http.sendJson("PUT", "/v1/messages/" + encode(id),
				"{\"roomId\":\"" + this.demo + "\",\"markdown\":\"typo **here**\"}", this.alex);
		assertThat(edited.statusCode()).isEqualTo(200);
		assertThat(json(edited).get("text").asString()).isEqualTo("typo here");
		assertThat(json(edited).get("updated")).isNotNull();
		assertThat(json(this.http.bearer("/v1/messages/" + encode(id), this.sam)).get("markdown").asString())
			.isEqualTo("typo **here**");

		assertThat(this.http.sendJson("DELETE", "/v1/messages/" + encode(id), null, this.sam).statusCode())
			.isEqualTo(403);
		assertThat(this.http.sendJson("DELETE", "/v1/messages/" + encode(id), null, this.alex).statusCode())
			.isEqualTo(204);
		assertThat(this.http.bearer("/v1/messages/" + encode(id), this.alex).statusCode()).isEqualTo(404);
		assertThat(this.http.sendJson("DELETE", "/v1/messages/" + encode(id), null, this.alex).statusCode())
			.isEqualTo(404);
	}

	@Test
	void filesWhenUploadedThenDownloadedWithNameTypeAndLengthByMembersOnly() {
		byte[] report = new byte[1_500_000]; // over the in-memory size: kept in a temporary file
		Arrays.fill(report, (byte) 'r');
		HttpResponse<String> posted = this.http.postMultipart("/v1/messages",
				Map.of("roomId", this.demo, "text", "The report"), "report \u00e9t\u00e9.pdf", "application/pdf",
				report, this.alex);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		String url = json(posted).get("files").get(0).asString();
		assertThat(url).startsWith(this.http.base() + "/v1/contents/");

		HttpResponse<byte[]> download = this.http.bytes(url, this.sam);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(report);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Length")).hasValue("1500000");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("UTF-8''report%20%C3%A9t%C3%A9.pdf");
		assertThat(this.http.bytes(url, this.jordan).statusCode()).as("not in the space").isEqualTo(404);

		HttpResponse<String> byUrl = this.http.postJson("/v1/messages", "{\"roomId\":\"" + this.demo
				+ "\",\"files\":[\"https://files.example.com/logs/build.log\"]}", this.alex);
		assertThat(byUrl.statusCode()).isEqualTo(200);
		HttpResponse<byte[]> linked = this.http.bytes(json(byUrl).get("files").get(0).asString(), this.alex);
		assertThat(linked.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"build.log\"");
		assertThat(this.http.postJson("/v1/messages", "{\"roomId\":\"" + this.demo
				+ "\",\"files\":[\"file:///etc/passwd\"]}", this.alex).statusCode()).isEqualTo(400);
	}

	@Test
	void filesWhenScanningInfectedOrUnscannableThenWebexStatuses() {
		this.simulator.behavior().setFileScanDuration(Duration.ofSeconds(30));
		String scanning = upload("clean.txt", "hello".getBytes(StandardCharsets.UTF_8));
		this.simulator.behavior().setFileScanDuration(Duration.ZERO);
		this.simulator.behavior().infectNextFiles(1);
		String infected = upload("invoice.zip", "pk".getBytes(StandardCharsets.UTF_8));
		String eicar = upload("eicar.com", ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
			.getBytes(StandardCharsets.US_ASCII));
		this.simulator.behavior().makeNextFilesUnscannable(1);
		String unscannable = upload("secret.7z", "7z".getBytes(StandardCharsets.UTF_8));
		String clean = upload("notes.txt", "fine".getBytes(StandardCharsets.UTF_8));

		HttpResponse<byte[]> locked = this.http.bytes(scanning, this.alex);
		assertThat(locked.statusCode()).isEqualTo(423);
		int retryAfter = Integer.parseInt(locked.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1, 30);
		assertThat(this.http.bytes(infected, this.alex).statusCode()).isEqualTo(410);
		assertThat(this.http.bytes(eicar, this.alex).statusCode()).isEqualTo(410);
		assertThat(this.http.bytes(unscannable, this.alex).statusCode()).isEqualTo(428);
		HttpResponse<byte[]> allowed = this.http.bytes(unscannable + "?allow=unscannable", this.alex);
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(new String(allowed.body(), StandardCharsets.UTF_8)).isEqualTo("7z");
		assertThat(this.http.bytes(clean, this.alex).statusCode()).isEqualTo(200);
		HttpResponse<String> error = this.http.bearer(infected, this.alex);
		assertThat(json(error).get("trackingId")).isNotNull();
	}

	@Test
	void cardsWhenValidThenPostedAndWhenWebexWouldRefuseThenBadRequest() {
		String card = "{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":"
				+ "\"AdaptiveCard\",\"version\":\"1.3\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Vote\"}],"
				+ "\"actions\":[{\"type\":\"Action.Submit\",\"title\":\"Yes\"}]}}";
		JsonNode posted = post(this.alex, "{\"roomId\":\"" + this.demo + "\",\"text\":\"Vote\",\"attachments\":["
				+ card + "]}");
		assertThat(posted.get("attachments").get(0).get("content").get("version").asString()).isEqualTo("1.3");

		List<String> refused = new ArrayList<>();
		refused.add("{\"roomId\":\"" + this.demo + "\",\"attachments\":[" + card + "]}"); // no fallback text
		refused.add("{\"roomId\":\"" + this.demo + "\",\"text\":\"x\",\"attachments\":[" + card + "," + card + "]}");
		refused.add("{\"roomId\":\"" + this.demo + "\",\"text\":\"x\",\"attachments\":["
				+ card.replace("card.adaptive", "card.hero") + "]}");
		refused.add("{\"roomId\":\"" + this.demo + "\",\"text\":\"x\",\"attachments\":["
				+ card.replace("\"1.3\"", "\"1.6\"") + "]}");
		for (String body : refused) {
			HttpResponse<String> response = this.http.postJson("/v1/messages", body, this.alex);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(json(response).get("message").asString()).isNotBlank();
		}
		this.simulator.behavior().setMaxCardBytes(100);
		assertThat(this.http.postJson("/v1/messages", "{\"roomId\":\"" + this.demo + "\",\"text\":\"x\","
				+ "\"attachments\":[" + card + "]}", this.alex).statusCode()).as("over the card size").isEqualTo(400);
	}

	private String upload(String name, byte[] bytes) {
		HttpResponse<String> posted = this.http.postMultipart("/v1/messages", Map.of("roomId", this.demo), name,
				"application/octet-stream", bytes, this.alex);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		return json(posted).get("files").get(0).asString();
	}

	private JsonNode post(String token, String body) {
		HttpResponse<String> response = this.http.postJson("/v1/messages", body, token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	private String token(int person, Set<String> scopes) {
		return this.simulator.issueTokensDirectly(this.simulator.users().get(person).id(), scopes).accessToken();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
