package io.webexkit.simulator;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** One world: shared spaces with one id for all their members, changed through the API and from Java. */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SharedSpacesIntegrationTests {

	private static final Set<String> ALL = Set.of("spark:all");

	private static final String SAM_EMAIL = "sam.patel@example.com";

	@Autowired
	private WebexSimulator simulator;

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
	void demoSpaceWhenListedThenOneIdOnAlexsAndSamsFirstPagesAndNotJordans() {
		for (String token : List.of(this.alex, this.sam)) {
			assertThat(ids(this.http.bearer("/v1/rooms", token))).as("default listing").contains(this.demo);
			JsonNode recent = json(this.http.bearer("/v1/rooms?sortBy=lastactivity&max=50", token)).get("items");
			assertThat(recent.get(0).get("id").asString()).as("recent activity first").isEqualTo(this.demo);
			assertThat(ids(this.http.bearer("/v1/rooms?type=group&sortBy=created&max=1000", token)))
				.contains(this.demo);
			assertThat(ids(this.http.bearer("/v1/rooms?type=direct&max=1000", token))).doesNotContain(this.demo);
		}
		JsonNode forAlex = json(this.http.bearer("/v1/rooms/" + encode(this.demo), this.alex));
		assertThat(forAlex.get("title").asString()).isEqualTo("Webex Kit Demo");
		assertThat(forAlex.get("type").asString()).isEqualTo("group");
		assertThat(forAlex.get("creatorId").asString()).isEqualTo(person(0).id());
		assertThat(forAlex.propertyNames()).contains("id", "title", "type", "isLocked", "lastActivity", "creatorId",
				"created", "ownerId", "isReadOnly", "isPublic");
		assertThat(json(this.http.bearer("/v1/rooms/" + encode(this.demo), this.sam))).isEqualTo(forAlex);
		assertThat(this.http.bearer("/v1/rooms/" + encode(this.demo), this.jordan).statusCode()).isEqualTo(404);
		assertThat(json(this.http.bearer("/v1/rooms", this.jordan)).get("items")).as("Jordan's empty state").isEmpty();
	}

	@Test
	void messageWhenSamPostsInTheDemoSpaceThenAlexListsAndReadsItAndJordanCannot() {
		HttpResponse<String> posted = this.http.postJson("/v1/messages",
				"{\"roomId\":\"" + this.demo + "\",\"markdown\":\"Shipping **today**\"}", this.sam);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		String id = json(posted).get("id").asString();

		JsonNode newest = json(this.http.bearer("/v1/messages?roomId=" + encode(this.demo) + "&max=1", this.alex))
			.get("items")
			.get(0);
		assertThat(newest.get("id").asString()).isEqualTo(id);
		assertThat(newest.get("personEmail").asString()).isEqualTo(SAM_EMAIL);
		JsonNode read = json(this.http.bearer("/v1/messages/" + encode(id), this.alex));
		assertThat(read.get("text").asString()).isEqualTo("Shipping today");
		assertThat(read.get("roomId").asString()).isEqualTo(this.demo);
		assertThat(this.http.bearer("/v1/messages/" + encode(id), this.jordan).statusCode()).isEqualTo(404);
		assertThat(this.http.bearer("/v1/messages?roomId=" + encode(this.demo), this.jordan).statusCode())
			.isEqualTo(404);
		assertThat(this.http.postJson("/v1/messages", "{\"roomId\":\"" + this.demo + "\",\"text\":\"hi\"}",
				this.jordan).statusCode()).isEqualTo(404);
		JsonNode room = json(this.http.bearer("/v1/rooms/" + encode(this.demo), this.alex));
		assertThat(room.get("lastActivity").asString()).isEqualTo(json(posted).get("created").asString());
	}

	@Test
	void demoSpaceHistoryWhenPagedThenNewestFirstFromBothMembers() {
		List<JsonNode> messages = new ArrayList<>();
		String url = "/v1/messages?roomId=" + encode(this.demo) + "&max=2";
		while (url != null) {
			HttpResponse<String> page = this.http.bearer(url, this.sam);
			assertThat(page.statusCode()).isEqualTo(200);
			json(page).get("items").forEach(messages::add);
			url = nextLink(page);
		}

		assertThat(messages).hasSize(5);
		assertThat(messages.stream().map((m) -> m.get("created").asString()).toList())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(messages.stream().map((m) -> m.get("personEmail").asString()).distinct())
			.containsExactlyInAnyOrder("alex.rivera@example.com", SAM_EMAIL);
		JsonNode room = json(this.http.bearer("/v1/rooms/" + encode(this.demo), this.sam));
		assertThat(room.get("lastActivity").asString()).isEqualTo(messages.get(0).get("created").asString());
	}

	@Test
	void membershipsWhenDemoSpaceThenAlexAndSamForEitherAndNotFoundForJordan() {
		JsonNode items = json(this.http.bearer("/v1/memberships?roomId=" + encode(this.demo), this.sam)).get("items");

		assertThat(items).hasSize(2);
		assertThat(items.get(0).get("personDisplayName").asString()).isEqualTo("Alex Rivera");
		assertThat(items.get(1).get("personDisplayName").asString()).isEqualTo("Sam Patel");
		assertThat(items.get(0).propertyNames()).containsExactly("id", "roomId", "personId", "personEmail",
				"personDisplayName", "personOrgId", "isModerator", "isRoomHidden", "isMonitor", "roomType", "created");
		assertThat(json(this.http.bearer("/v1/memberships?roomId=" + encode(this.demo), this.alex)).get("items"))
			.isEqualTo(items);
		assertThat(this.http.bearer("/v1/memberships?roomId=" + encode(this.demo), this.jordan).statusCode())
			.isEqualTo(404);
	}

	@Test
	void createWhenPostedThenCallersNewGroupSpaceOnlyTheySee() {
		HttpResponse<String> created = this.http.postJson("/v1/rooms", "{\"title\":\"Launch plan\"}",
				token(0, Set.of("spark:rooms_write")));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		JsonNode room = json(created);
		String id = room.get("id").asString();
		assertThat(room.get("title").asString()).isEqualTo("Launch plan");
		assertThat(room.get("type").asString()).isEqualTo("group");
		assertThat(room.get("creatorId").asString()).isEqualTo(person(0).id());
		assertThat(json(this.http.bearer("/v1/rooms/" + encode(id), this.alex))).isEqualTo(room);
		assertThat(ids(this.http.bearer("/v1/rooms?max=1000", this.alex))).hasSize(302).contains(id);
		JsonNode members = json(this.http.bearer("/v1/memberships?roomId=" + encode(id), this.alex)).get("items");
		assertThat(members).hasSize(1);
		assertThat(members.get(0).get("personId").asString()).isEqualTo(person(0).id());
		assertThat(this.http.bearer("/v1/rooms/" + encode(id), this.sam).statusCode()).isEqualTo(404);
	}

	@Test
	void createWhenScopeMissingOrTitleMissingThenRefused() {
		HttpResponse<String> readOnly = this.http.postJson("/v1/rooms", "{\"title\":\"x\"}",
				token(0, Set.of("spark:rooms_read")));
		assertThat(readOnly.statusCode()).isEqualTo(403);
		assertThat(json(readOnly).get("message").asString()).contains("spark:rooms_write");
		assertThat(this.http.postJson("/v1/rooms", "{}", this.alex).statusCode()).isEqualTo(400);
		assertThat(this.http.postJson("/v1/rooms", "{\"title\":\"  \"}", this.alex).statusCode()).isEqualTo(400);
		assertThat(this.http.postJson("/v1/rooms", "not json", this.alex).statusCode()).isEqualTo(400);
	}

	@Test
	void membershipsWhenAddedThenThatPersonSeesTheSpaceAndWhenRemovedNoLonger() {
		String id = createSpace(this.alex, "Crew");

		HttpResponse<String> added = this.http.postJson("/v1/memberships",
				"{\"roomId\":\"" + id + "\",\"personEmail\":\"SAM.PATEL@example.com\"}", this.alex);

		assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
		JsonNode membership = json(added);
		assertThat(membership.get("personId").asString()).isEqualTo(person(1).id());
		assertThat(membership.get("roomId").asString()).isEqualTo(id);
		assertThat(ids(this.http.bearer("/v1/rooms?max=1000", this.sam))).hasSize(42).contains(id);
		assertThat(json(this.http.bearer("/v1/memberships?roomId=" + encode(id), this.sam)).get("items")).hasSize(2);
		assertThat(this.http.postJson("/v1/memberships",
				"{\"roomId\":\"" + id + "\",\"personId\":\"" + person(1).id() + "\"}", this.alex).statusCode())
			.as("already a member")
			.isEqualTo(409);
		assertThat(this.http.postJson("/v1/memberships",
				"{\"roomId\":\"" + id + "\",\"personEmail\":\"nobody@example.com\"}", this.alex).statusCode())
			.isEqualTo(404);
		assertThat(this.http.postJson("/v1/memberships",
				"{\"roomId\":\"" + id + "\",\"personEmail\":\"jordan.lee@example.com\"}", this.jordan).statusCode())
			.as("not a member of the space")
			.isEqualTo(404);

		String membershipId = membership.get("id").asString();
		HttpResponse<String> removed = this.http.sendJson("DELETE", "/v1/memberships/" + encode(membershipId), null,
				this.alex);
		assertThat(removed.statusCode()).isEqualTo(204);
		assertThat(this.http.bearer("/v1/rooms/" + encode(id), this.sam).statusCode()).isEqualTo(404);
		assertThat(ids(this.http.bearer("/v1/rooms?max=1000", this.sam))).hasSize(41);
		assertThat(this.http.sendJson("DELETE", "/v1/memberships/" + encode(membershipId), null, this.alex)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void membershipsWhenScopeMissingOrBodyWrongThenRefused() {
		String readOnly = token(0, Set.of("spark:memberships_read", "spark:rooms_read"));
		String body = "{\"roomId\":\"" + this.demo + "\",\"personEmail\":\"jordan.lee@example.com\"}";

		HttpResponse<String> refused = this.http.postJson("/v1/memberships", body, readOnly);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json(refused).get("message").asString()).contains("spark:memberships_write");
		String membershipId = json(this.http.bearer("/v1/memberships?roomId=" + encode(this.demo), this.alex))
			.get("items")
			.get(1)
			.get("id")
			.asString();
		assertThat(this.http.sendJson("DELETE", "/v1/memberships/" + encode(membershipId), null, readOnly)
			.statusCode()).isEqualTo(403);
		assertThat(this.http.postJson("/v1/memberships", "{\"roomId\":\"" + this.demo + "\"}", this.alex)
			.statusCode()).isEqualTo(400);
		assertThat(this.http.sendJson("DELETE", "/v1/memberships/bm9wZQ", null, this.alex).statusCode())
			.isEqualTo(404);
		assertThat(this.http.sendJson("DELETE", "/v1/memberships/" + encode(membershipId), null, this.jordan)
			.statusCode()).as("not a member of the space").isEqualTo(404);
	}

	@Test
	void changeWhenGeneratedRoomThen403AndItStaysAsItWas() {
		String busy = this.simulator.rooms().room(0, RoomCatalog.BUSY_ROOM).id();

		HttpResponse<String> renamed = this.http.sendJson("PUT", "/v1/rooms/" + encode(busy), "{\"title\":\"Mine\"}",
				this.alex);
		assertThat(renamed.statusCode()).isEqualTo(403);
		assertThat(json(renamed).get("message").asString())
			.isEqualTo("The simulated Webex only changes spaces created through it or shared by its people");
		assertThat(this.http.postJson("/v1/memberships",
				"{\"roomId\":\"" + busy + "\",\"personEmail\":\"" + SAM_EMAIL + "\"}", this.alex).statusCode())
			.isEqualTo(403);
		String membershipId = json(this.http.bearer("/v1/memberships?roomId=" + encode(busy), this.alex))
			.get("items")
			.get(1)
			.get("id")
			.asString();
		assertThat(this.http.sendJson("DELETE", "/v1/memberships/" + encode(membershipId), null, this.alex)
			.statusCode()).isEqualTo(403);
		assertThat(json(this.http.bearer("/v1/rooms/" + encode(busy), this.alex)).get("title").asString())
			.isEqualTo("Project Phoenix – Release Train");
	}

	@Test
	void putWhenMemberThenRenamedForEveryMemberAndOthersGet404() {
		HttpResponse<String> renamed = this.http.sendJson("PUT", "/v1/rooms/" + encode(this.demo),
				"{\"title\":\"Demo day\"}", this.sam);

		assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
		assertThat(json(renamed).get("title").asString()).isEqualTo("Demo day");
		assertThat(json(this.http.bearer("/v1/rooms/" + encode(this.demo), this.alex)).get("title").asString())
			.isEqualTo("Demo day");
		assertThat(this.http.sendJson("PUT", "/v1/rooms/" + encode(this.demo), "{\"title\":\"Mine\"}", this.jordan)
			.statusCode()).isEqualTo(404);
		assertThat(this.http.sendJson("PUT", "/v1/rooms/" + encode(this.demo), "{\"title\":\"x\"}",
				token(1, Set.of("spark:rooms_read"))).statusCode()).isEqualTo(403);
		assertThat(this.http.sendJson("PUT", "/v1/rooms/" + encode(this.demo), "{}", this.sam).statusCode())
			.isEqualTo(400);
	}

	@Test
	void directRoomWhenAlexAndSamThenOneRoomNamedAfterTheOtherWithOneTimeline() {
		String direct = this.simulator.rooms().room(0, 1).id();

		JsonNode forAlex = json(this.http.bearer("/v1/rooms/" + encode(direct), this.alex));
		JsonNode forSam = json(this.http.bearer("/v1/rooms/" + encode(direct), this.sam));
		assertThat(forAlex.get("title").asString()).isEqualTo("Sam Patel");
		assertThat(forSam.get("title").asString()).isEqualTo("Alex Rivera");
		assertThat(forSam.get("type").asString()).isEqualTo("direct");
		assertThat(forSam.get("lastActivity")).isEqualTo(forAlex.get("lastActivity"));
		assertThat(ids(this.http.bearer("/v1/rooms?type=direct&max=1000", this.sam))).contains(direct);
		assertThat(this.http.bearer("/v1/rooms/" + encode(direct), this.jordan).statusCode()).isEqualTo(404);
		JsonNode history = json(this.http.bearer("/v1/messages?roomId=" + encode(direct), this.alex)).get("items");
		assertThat(json(this.http.bearer("/v1/messages?roomId=" + encode(direct), this.sam)).get("items"))
			.isEqualTo(history);

		HttpResponse<String> reply = this.http.postJson("/v1/messages",
				"{\"toPersonEmail\":\"alex.rivera@example.com\",\"text\":\"Same room?\"}", this.sam);
		assertThat(json(reply).get("roomId").asString()).isEqualTo(direct);
		JsonNode newest = json(this.http.bearer("/v1/messages?roomId=" + encode(direct) + "&max=1", this.alex))
			.get("items")
			.get(0);
		assertThat(newest.get("text").asString()).isEqualTo("Same room?");
		assertThat(json(this.http.bearer("/v1/memberships?roomId=" + encode(direct), this.sam)).get("items"))
			.hasSize(2);
	}

	@Test
	void javaApiWhenSpaceCreatedAndPeopleAddedThenTheySeeItAndPostsAreShared() {
		String id = this.simulator.createSpace("Java made", "alex.rivera@example.com", SAM_EMAIL, person(0).id());

		String messageId = this.simulator.postMessage(SAM_EMAIL, id, "from **Java**");
		assertThat(json(this.http.bearer("/v1/messages/" + encode(messageId), this.alex)).get("text").asString())
			.isEqualTo("from Java");
		assertThat(json(this.http.bearer("/v1/memberships?roomId=" + encode(id), this.alex)).get("items")).hasSize(2);

		this.simulator.addMember(id, "jordan.lee@example.com");
		assertThat(ids(this.http.bearer("/v1/rooms", this.jordan))).containsExactly(id);
		assertThat(json(this.http.bearer("/v1/messages/" + encode(messageId), this.jordan)).get("id").asString())
			.isEqualTo(messageId);
		this.simulator.removeMember(id, person(2).id());
		assertThat(json(this.http.bearer("/v1/rooms", this.jordan)).get("items")).isEmpty();
	}

	@Test
	void javaApiWhenInputIsWrongThenIllegalArgumentNamingIt() {
		String readOnly = readOnlyRoomOfAlex();

		assertThatIllegalArgumentException().isThrownBy(() -> this.simulator.postMessage("nobody@example.com",
				this.demo, "hi")).withMessageContaining("nobody@example.com");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.postMessage("jordan.lee@example.com", this.demo, "hi"))
			.withMessageContaining("not a member");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.postMessage(SAM_EMAIL, this.demo, "x".repeat(7440)))
			.withMessageContaining("7439");
		assertThatIllegalArgumentException().isThrownBy(() -> this.simulator.postMessage(SAM_EMAIL, this.demo, " "))
			.withMessageContaining("required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.postMessage("alex.rivera@example.com", readOnly, "hi"))
			.withMessageContaining("read-only");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.createSpace("Half made", SAM_EMAIL, "nobody@example.com"))
			.withMessageContaining("nobody@example.com");
		assertThat(json(this.http.bearer("/v1/rooms?max=1000", this.sam)).get("items")).as("nothing created")
			.hasSize(41);
		assertThatIllegalArgumentException().isThrownBy(() -> this.simulator.createSpace(" ", SAM_EMAIL))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> this.simulator.addMember(this.demo, SAM_EMAIL))
			.withMessageContaining("already a member");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.removeMember(this.demo, "jordan.lee@example.com"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.simulator.addMember(this.simulator.rooms().room(0, 5).id(), SAM_EMAIL))
			.withMessageContaining("only spaces created through it");
	}

	@Test
	void resetWhenTheWorldChangedThenTheSeededWorldIsBack() {
		String created = this.simulator.createSpace("Temporary", "alex.rivera@example.com");
		this.simulator.postMessage(SAM_EMAIL, this.demo, "temporary");
		this.simulator.addMember(this.demo, "jordan.lee@example.com");
		this.http.sendJson("PUT", "/v1/rooms/" + encode(this.demo), "{\"title\":\"Renamed\"}", this.alex);

		this.simulator.reset();

		String alex = token(0, ALL);
		String jordan = token(2, ALL);
		assertThat(this.simulator.demoSpaceId()).isEqualTo(this.demo);
		assertThat(this.http.bearer("/v1/rooms/" + encode(created), alex).statusCode()).isEqualTo(404);
		assertThat(json(this.http.bearer("/v1/rooms/" + encode(this.demo), alex)).get("title").asString())
			.isEqualTo("Webex Kit Demo");
		assertThat(json(this.http.bearer("/v1/messages?roomId=" + encode(this.demo), alex)).get("items")).hasSize(5);
		assertThat(json(this.http.bearer("/v1/rooms", jordan)).get("items")).isEmpty();
		assertThat(json(this.http.bearer("/v1/rooms?max=1000", alex)).get("items")).hasSize(301);
	}

	private String createSpace(String token, String title) {
		HttpResponse<String> created = this.http.postJson("/v1/rooms", "{\"title\":\"" + title + "\"}", token);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
		return json(created).get("id").asString();
	}

	private String readOnlyRoomOfAlex() {
		for (int i = 0; i < 300; i++) {
			SimRoom room = this.simulator.rooms().room(0, i);
			if (room.readOnly()) {
				return room.id();
			}
		}
		throw new IllegalStateException("Alex has no read-only room");
	}

	private List<String> ids(HttpResponse<String> page) {
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		json(page).get("items").forEach((room) -> ids.add(room.get("id").asString()));
		return ids;
	}

	private SimulatedPerson person(int index) {
		return this.simulator.users().get(index);
	}

	private String token(int person, Set<String> scopes) {
		return this.simulator.issueTokensDirectly(person(person).id(), scopes).accessToken();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
