package io.webexkit.simulator;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.json;
import static io.webexkit.simulator.SimulatorHttp.nextLink;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class MessagesIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private String token;

	private String busyRoom;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.http = new SimulatorHttp(this.port);
		this.token = this.simulator
			.issueTokensDirectly(this.simulator.users().get(0).id(),
					Set.of("spark:rooms_read", "spark:messages_read", "spark:messages_write", "spark:memberships_read"))
			.accessToken();
		this.busyRoom = this.simulator.rooms().room(0, RoomCatalog.BUSY_ROOM).id();
	}

	@Test
	void messagesWhenPagedThenNewestFirstAndAllVisitedOnce() {
		List<String> ids = new ArrayList<>();
		List<String> created = new ArrayList<>();
		String url = "/v1/messages?roomId=" + this.busyRoom;
		int pages = 0;
		while (url != null) {
			HttpResponse<String> page = this.http.bearer(url, this.token);
			assertThat(page.statusCode()).isEqualTo(200);
			for (JsonNode message : json(page).get("items")) {
				ids.add(message.get("id").asString());
				created.add(message.get("created").asString());
				assertThat(message.get("roomId").asString()).isEqualTo(this.busyRoom);
				assertThat(message.propertyNames()).contains("roomType", "text", "personId", "personEmail");
			}
			url = nextLink(page);
			pages++;
		}

		assertThat(pages).isEqualTo(3);
		assertThat(ids).hasSize(137).doesNotHaveDuplicates();
		assertThat(created).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void messagesWhenHostileAndMarkdownMessagesThenServedRaw() {
		JsonNode items = json(this.http.bearer("/v1/messages?roomId=" + this.busyRoom + "&max=5", this.token))
			.get("items");

		assertThat(items.get(1).get("text").asString()).isEqualTo(MessageCatalog.HOSTILE_TEXT);
		boolean markdown = false;
		for (JsonNode item : items) {
			markdown |= item.has("markdown") && item.get("html").asString().startsWith("<p>");
		}
		assertThat(markdown).isTrue();
	}

	@Test
	void getWhenPostedOrGeneratedInTheCallersSpaceThenThatMessageAndOtherwise404() {
		String posted = json(this.http.postJson("/v1/messages",
				"{\"roomId\":\"" + this.busyRoom + "\",\"text\":\"Just now\"}", this.token)).get("id").asString();
		JsonNode listed = json(this.http.bearer("/v1/messages?roomId=" + this.busyRoom + "&max=3", this.token))
			.get("items")
			.get(2);

		JsonNode fresh = json(this.http.bearer("/v1/messages/" + posted, this.token));
		assertThat(fresh.get("text").asString()).isEqualTo("Just now");
		assertThat(fresh.get("roomId").asString()).isEqualTo(this.busyRoom);
		assertThat(json(this.http.bearer("/v1/messages/" + listed.get("id").asString(), this.token))).isEqualTo(listed);

		String someoneElse = this.simulator
			.issueTokensDirectly(this.simulator.users().get(1).id(), Set.of("spark:messages_read"))
			.accessToken();
		assertThat(this.http.bearer("/v1/messages/" + posted, someoneElse).statusCode()).isEqualTo(404);
		assertThat(this.http.bearer("/v1/messages/Y2lzY29zcGFyazovL3VzL01FU1NBR0Uvbm9uZQ", this.token).statusCode())
			.isEqualTo(404);
	}

	@Test
	void postWhenValidThenCreatedAndListedFirst() {
		HttpResponse<String> posted = this.http.postJson("/v1/messages",
				"{\"roomId\":\"" + this.busyRoom + "\",\"markdown\":\"**Hello** <there>\"}", this.token);

		assertThat(posted.statusCode()).isEqualTo(200);
		JsonNode message = json(posted);
		assertThat(message.get("text").asString()).isEqualTo("Hello <there>");
		assertThat(message.get("html").asString()).isEqualTo("<p><strong>Hello</strong> &lt;there&gt;</p>");
		assertThat(message.get("personEmail").asString()).isEqualTo("alex.rivera@example.com");
		JsonNode first = json(this.http.bearer("/v1/messages?roomId=" + this.busyRoom, this.token)).get("items").get(0);
		assertThat(first.get("id").asString()).isEqualTo(message.get("id").asString());
	}

	@Test
	void postWhenToPersonEmailOfDirectPeerThenPostedInThatSpace() {
		HttpResponse<String> posted = this.http.postJson("/v1/messages",
				"{\"toPersonEmail\":\"sam.patel@example.com\",\"text\":\"hi Sam\"}", this.token);

		assertThat(posted.statusCode()).isEqualTo(200);
		assertThat(json(posted).get("roomType").asString()).isEqualTo("direct");
	}

	@Test
	void postWhenInvalidThen400WithWebexError() {
		assertThat(post("{\"text\":\"no destination\"}")).isEqualTo(400);
		assertThat(post("{\"roomId\":\"" + this.busyRoom + "\",\"toPersonEmail\":\"a@b.c\",\"text\":\"x\"}"))
			.isEqualTo(400);
		assertThat(post("{\"roomId\":\"" + this.busyRoom + "\"}")).isEqualTo(400);
		assertThat(post("{\"roomId\":\"" + this.busyRoom + "\",\"text\":\"" + "x".repeat(7440) + "\"}"))
			.isEqualTo(400);
		assertThat(post("{\"roomId\":\"" + this.busyRoom + "\",\"text\":\"" + "x".repeat(7439) + "\"}"))
			.isEqualTo(200);
		assertThat(post("not json")).isEqualTo(400);
		HttpResponse<String> response = this.http.postJson("/v1/messages", "{}", this.token);
		assertThat(json(response).get("message").asString()).isNotEmpty();
		assertThat(json(response).get("trackingId").asString()).isNotEmpty();
	}

	@Test
	void postWhenRoomIsNotTheCallersThen404() {
		String samsRoom = this.simulator.rooms().room(1, 5).id();

		assertThat(post("{\"roomId\":\"" + samsRoom + "\",\"text\":\"intrusion\"}")).isEqualTo(404);
		assertThat(this.http.bearer("/v1/messages?roomId=" + samsRoom, this.token).statusCode()).isEqualTo(404);
	}

	@Test
	void postWhenResetThenPostedMessagesAreGone() {
		post("{\"roomId\":\"" + this.busyRoom + "\",\"text\":\"temporary\"}");

		this.simulator.reset();

		String newToken = this.simulator.issueTokensDirectly(this.simulator.users().get(0).id(), Set.of("spark:all"))
			.accessToken();
		JsonNode first = json(this.http.bearer("/v1/messages?roomId=" + this.busyRoom + "&max=1", newToken)).get("items");
		assertThat(first.get(0).get("text").asString()).isNotEqualTo("temporary");
	}

	@Test
	void membershipsWhenRoomGivenThenMembersIncludingCaller() {
		HttpResponse<String> response = this.http.bearer("/v1/memberships?roomId=" + this.busyRoom, this.token);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode items = json(response).get("items");
		assertThat(items.size()).isGreaterThanOrEqualTo(3);
		assertThat(items.get(0).get("personDisplayName").asString()).isEqualTo("Alex Rivera");
		assertThat(items.get(0).propertyNames()).contains("id", "roomId", "personId", "personEmail", "isModerator",
				"created");
	}

	private int post(String json) {
		return this.http.postJson("/v1/messages", json, this.token).statusCode();
	}

}
