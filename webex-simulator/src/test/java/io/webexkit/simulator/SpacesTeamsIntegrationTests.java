package io.webexkit.simulator;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webex's rules for spaces, members, teams, tabs, card submissions, compliance events, the directory and unknown
 * routes, as a client sees them over HTTP.
 */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SpacesTeamsIntegrationTests {

	private static final Set<String> ALL = Set.of("spark:all");

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private String alex;

	private String sam;

	private String jordan;

	private String samId;

	private String jordanEmail;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.http = new SimulatorHttp(this.port);
		this.alex = token(0, ALL);
		this.sam = token(1, ALL);
		this.jordan = token(2, ALL);
		this.samId = this.simulator.users().get(1).id();
		this.jordanEmail = this.simulator.users().get(2).email();
	}

	@Test
	void lockedSpaceWhenNotModeratorThenCannotAddRenameOrDeleteAndAnnouncementsOnlyFromModerators() {
		JsonNode room = ok(this.http.postJson("/v1/rooms", "{\"title\":\"Incident 42\",\"isLocked\":true}", this.alex));
		String roomId = room.get("id").asString();
		assertThat(room.get("isLocked").asBoolean()).isTrue();
		JsonNode samMember = ok(this.http.postJson("/v1/memberships",
				"{\"roomId\":\"" + roomId + "\",\"personId\":\"" + this.samId + "\"}", this.alex));
		assertThat(samMember.get("isModerator").asBoolean()).isFalse();

		assertThat(this.http.postJson("/v1/memberships", "{\"roomId\":\"" + roomId + "\",\"personEmail\":\""
				+ this.jordanEmail + "\"}", this.sam).statusCode()).as("a member adds to a moderated space")
			.isEqualTo(403);
		assertThat(this.http.sendJson("PUT", "/v1/rooms/" + enc(roomId), "{\"title\":\"mine\"}", this.sam)
			.statusCode()).isEqualTo(403);
		assertThat(this.http.sendJson("DELETE", "/v1/rooms/" + enc(roomId), null, this.sam).statusCode())
			.isEqualTo(403);

		JsonNode announce = ok(this.http.sendJson("PUT", "/v1/rooms/" + enc(roomId),
				"{\"title\":\"Incident 42\",\"isLocked\":true,\"isAnnouncementOnly\":true}", this.alex));
		assertThat(announce.get("isReadOnly").asBoolean()).as("for its moderator").isFalse();
		assertThat(this.http.postJson("/v1/messages", "{\"roomId\":\"" + roomId + "\",\"text\":\"hi\"}", this.sam)
			.statusCode()).as("announcement mode").isEqualTo(403);
		assertThat(this.http.postJson("/v1/messages", "{\"roomId\":\"" + roomId + "\",\"text\":\"status\"}",
				this.alex).statusCode()).isEqualTo(200);

		JsonNode promoted = ok(this.http.sendJson("PUT", "/v1/memberships/" + enc(samMember.get("id").asString()),
				"{\"isModerator\":true,\"isRoomHidden\":false}", this.alex));
		assertThat(promoted.get("isModerator").asBoolean()).isTrue();
		assertThat(ok(this.http.bearer("/v1/memberships/" + enc(samMember.get("id").asString()), this.sam))
			.get("isModerator").asBoolean()).isTrue();
		assertThat(this.http.postJson("/v1/memberships", "{\"roomId\":\"" + roomId + "\",\"personEmail\":\""
				+ this.jordanEmail + "\",\"isModerator\":true}", this.sam).statusCode()).isEqualTo(200);
		assertThat(this.http.sendJson("DELETE", "/v1/rooms/" + enc(roomId), null, this.sam).statusCode())
			.isEqualTo(204);
		assertThat(this.http.bearer("/v1/rooms/" + enc(roomId), this.alex).statusCode()).isEqualTo(404);
	}

	@Test
	void membershipsWhenListedWithoutRoomThenTheCallersOwnAndPersonFilterNeedsRoom() {
		String roomId = this.simulator.createSpace("Launch", this.simulator.users().get(0).email(), this.samId);
		JsonNode mine = ok(this.http.bearer("/v1/memberships?max=1000", this.sam)).get("items");
		List<String> rooms = new ArrayList<>();
		for (JsonNode membership : mine) {
			assertThat(membership.get("personId").asString()).isEqualTo(this.samId);
			rooms.add(membership.get("roomId").asString());
		}
		assertThat(rooms).contains(roomId, this.simulator.demoSpaceId());
		JsonNode byPerson = ok(this.http.bearer("/v1/memberships?roomId=" + enc(roomId) + "&personId=" + enc(this.samId),
				this.alex)).get("items");
		assertThat(byPerson).hasSize(1);
		assertThat(this.http.bearer("/v1/memberships?personId=" + enc(this.samId), this.alex).statusCode())
			.isEqualTo(400);
	}

	@Test
	void teamsWhenCreatedThenGeneralSpaceMembersJoinItAndModeratorsRule() {
		JsonNode team = ok(this.http.postJson("/v1/teams", "{\"name\":\"Platform\",\"description\":\"infra\"}",
				this.alex));
		String teamId = team.get("id").asString();
		JsonNode general = ok(this.http.bearer("/v1/rooms?teamId=" + enc(teamId), this.alex)).get("items");
		assertThat(general).hasSize(1);
		assertThat(general.get(0).get("title").asString()).isEqualTo("Platform");

		JsonNode added = ok(this.http.postJson("/v1/team/memberships",
				"{\"teamId\":\"" + teamId + "\",\"personId\":\"" + this.samId + "\"}", this.alex));
		assertThat(ok(this.http.bearer("/v1/rooms/" + enc(general.get(0).get("id").asString()), this.sam))
			.get("teamId").asString()).as("Sam is in the General space").isEqualTo(teamId);
		assertThat(ok(this.http.bearer("/v1/teams", this.sam)).get("items")).hasSize(1);
		assertThat(this.http.postJson("/v1/team/memberships", "{\"teamId\":\"" + teamId + "\",\"personEmail\":\""
				+ this.jordanEmail + "\"}", this.sam).statusCode()).as("not a moderator").isEqualTo(403);
		assertThat(this.http.sendJson("PUT", "/v1/teams/" + enc(teamId), "{\"name\":\"Mine\"}", this.sam)
			.statusCode()).isEqualTo(403);
		JsonNode spaceInTeam = ok(this.http.postJson("/v1/rooms",
				"{\"title\":\"On-call\",\"teamId\":\"" + teamId + "\"}", this.sam));
		assertThat(spaceInTeam.get("teamId").asString()).isEqualTo(teamId);
		assertThat(this.http.postJson("/v1/rooms", "{\"title\":\"x\",\"teamId\":\"" + teamId + "\"}", this.jordan)
			.statusCode()).as("not in the team").isEqualTo(404);

		assertThat(ok(this.http.sendJson("PUT", "/v1/team/memberships/" + enc(added.get("id").asString()),
				"{\"isModerator\":true}", this.alex)).get("isModerator").asBoolean()).isTrue();
		assertThat(ok(this.http.bearer("/v1/team/memberships?teamId=" + enc(teamId), this.sam)).get("items"))
			.hasSize(2);
		assertThat(ok(this.http.sendJson("PUT", "/v1/teams/" + enc(teamId), "{\"name\":\"Platform Eng\"}", this.sam))
			.get("name").asString()).isEqualTo("Platform Eng");
		assertThat(this.http.sendJson("DELETE", "/v1/team/memberships/" + enc(added.get("id").asString()), null,
				this.sam).statusCode()).as("leaving").isEqualTo(204);
		assertThat(this.http.bearer("/v1/rooms/" + enc(spaceInTeam.get("id").asString()), this.sam).statusCode())
			.as("out of the team's spaces too")
			.isEqualTo(404);
		assertThat(this.http.sendJson("DELETE", "/v1/teams/" + enc(teamId), null, this.alex).statusCode())
			.isEqualTo(204);
		assertThat(this.http.bearer("/v1/teams/" + enc(teamId), this.alex).statusCode()).isEqualTo(404);
		assertThat(this.http.bearer("/v1/rooms/" + enc(general.get(0).get("id").asString()), this.alex)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void roomTabsAndMeetingInfoWhenMemberThenServedAndOthersNotFound() {
		String demo = this.simulator.demoSpaceId();
		JsonNode tab = ok(this.http.postJson("/v1/room/tabs", "{\"roomId\":\"" + demo
				+ "\",\"displayName\":\"Runbook\",\"contentUrl\":\"https://wiki.example.com/runbook\"}", this.alex));
		assertThat(ok(this.http.bearer("/v1/room/tabs?roomId=" + enc(demo), this.sam)).get("items")).hasSize(1);
		assertThat(ok(this.http.sendJson("PUT", "/v1/room/tabs/" + enc(tab.get("id").asString()), "{\"roomId\":\""
				+ demo + "\",\"displayName\":\"Runbook v2\",\"contentUrl\":\"https://wiki.example.com/v2\"}", this.sam))
			.get("displayName").asString()).isEqualTo("Runbook v2");
		assertThat(this.http.bearer("/v1/room/tabs/" + enc(tab.get("id").asString()), this.jordan).statusCode())
			.isEqualTo(404);
		assertThat(this.http.postJson("/v1/room/tabs", "{\"roomId\":\"" + demo
				+ "\",\"displayName\":\"x\",\"contentUrl\":\"javascript:alert(1)\"}", this.alex).statusCode())
			.isEqualTo(400);
		assertThat(this.http.sendJson("DELETE", "/v1/room/tabs/" + enc(tab.get("id").asString()), null, this.alex)
			.statusCode()).isEqualTo(204);
		JsonNode meeting = ok(this.http.bearer("/v1/rooms/" + enc(demo) + "/meetingInfo", this.sam));
		assertThat(meeting.get("meetingLink").asString()).startsWith("https://");
		assertThat(ok(this.http.bearer("/v1/rooms/" + enc(demo) + "/meetingInfo", this.alex))).isEqualTo(meeting);
	}

	@Test
	void cardSubmissionWhenSubmittedThenActionReadableByAuthorAndSubmitterAndWebhookToAuthor() {
		String demo = this.simulator.demoSpaceId();
		String card = "{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":{\"type\":"
				+ "\"AdaptiveCard\",\"version\":\"1.3\",\"body\":[{\"type\":\"Input.Text\",\"id\":\"answer\"}],"
				+ "\"actions\":[{\"type\":\"Action.Submit\",\"title\":\"Send\"}]}}";
		String messageId = ok(this.http.postJson("/v1/messages",
				"{\"roomId\":\"" + demo + "\",\"text\":\"Poll\",\"attachments\":[" + card + "]}", this.alex)).get("id")
			.asString();
		HttpResponse<String> submitted = this.http.postJson("/v1/attachment/actions",
				"{\"type\":\"submit\",\"messageId\":\"" + messageId + "\",\"inputs\":{\"answer\":\"yes\"}}", this.sam);
		assertThat(submitted.statusCode()).isEqualTo(202);
		String actionId = json(submitted).get("id").asString();
		JsonNode read = ok(this.http.bearer("/v1/attachment/actions/" + enc(actionId), this.alex));
		assertThat(read.get("inputs").get("answer").asString()).isEqualTo("yes");
		assertThat(read.get("personId").asString()).isEqualTo(this.samId);
		assertThat(this.http.bearer("/v1/attachment/actions/" + enc(actionId), this.jordan).statusCode())
			.isEqualTo(404);

		String fromJava = this.simulator.submitCard(this.simulator.users().get(1).email(), messageId,
				Map.of("answer", "no"));
		assertThat(ok(this.http.bearer("/v1/attachment/actions/" + enc(fromJava), this.alex)).get("inputs")
			.get("answer").asString()).isEqualTo("no");
		String plain = ok(this.http.postJson("/v1/messages", "{\"roomId\":\"" + demo + "\",\"text\":\"no card\"}",
				this.alex)).get("id").asString();
		assertThat(this.http.postJson("/v1/attachment/actions",
				"{\"type\":\"submit\",\"messageId\":\"" + plain + "\",\"inputs\":{}}", this.sam).statusCode())
			.isEqualTo(400);

		JsonNode events = ok(this.http.bearer("/v1/events?resource=attachmentActions", token(0,
				Set.of("spark-compliance:events_read")))).get("items");
		assertThat(events).hasSize(2);
		assertThat(events.get(0).get("data").get("id").asString()).isEqualTo(fromJava);
	}

	@Test
	void eventsWhenComplianceOfficerThenOrganizationsChangesElseForbidden() {
		String officer = token(0, Set.of("spark-compliance:events_read"));
		this.simulator.postMessage(this.simulator.users().get(1).email(), this.simulator.demoSpaceId(), "hello");
		JsonNode events = ok(this.http.bearer("/v1/events?resource=messages&type=created&max=1", officer))
			.get("items");
		assertThat(events).hasSize(1);
		assertThat(events.get(0).get("actorId").asString()).isEqualTo(this.samId);
		assertThat(ok(this.http.bearer("/v1/events/" + enc(events.get(0).get("id").asString()), officer))
			.get("resource").asString()).isEqualTo("messages");
		assertThat(this.http.bearer("/v1/events", token(1, Set.of("spark-compliance:events_read"))).statusCode())
			.as("not a compliance officer").isEqualTo(403);
		assertThat(this.http.bearer("/v1/events", this.alex).statusCode()).as("spark:all is not the compliance scope")
			.isEqualTo(403);
	}

	@Test
	void peopleWhenSearchedAndAdministeredThenWebexRules() {
		assertThat(ok(this.http.bearer("/v1/people?email=" + enc(this.jordanEmail), this.sam)).get("items").get(0)
			.get("displayName").asString()).isEqualTo("Jordan Lee");
		assertThat(ok(this.http.bearer("/v1/people?displayName=sam", this.jordan)).get("items")).hasSize(1);
		assertThat(ok(this.http.bearer("/v1/people?id=" + enc(this.samId + "," + this.simulator.users().get(2).id()),
				this.sam)).get("items")).hasSize(2);
		assertThat(ok(this.http.bearer("/v1/people/" + enc(this.samId), this.jordan)).get("emails").get(0)
			.asString()).isEqualTo("sam.patel@example.com");
		assertThat(this.http.bearer("/v1/people", this.sam).statusCode()).as("no filter, not an admin")
			.isEqualTo(400);

		String admin = token(0, Set.of("spark-admin:people_write", "spark-admin:people_read",
				"spark-admin:licenses_read", "spark-admin:roles_read", "spark-admin:organizations_read"));
		JsonNode licenses = ok(this.http.bearer("/v1/licenses", admin)).get("items");
		JsonNode roles = ok(this.http.bearer("/v1/roles", admin)).get("items");
		JsonNode orgs = ok(this.http.bearer("/v1/organizations", admin)).get("items");
		assertThat(ok(this.http.bearer("/v1/organizations/" + enc(orgs.get(0).get("id").asString()), admin))
			.get("displayName").asString()).isNotBlank();
		assertThat(ok(this.http.bearer("/v1/licenses/" + enc(licenses.get(0).get("id").asString()), admin))
			.get("name").asString()).isNotBlank();
		assertThat(ok(this.http.bearer("/v1/roles/" + enc(roles.get(0).get("id").asString()), admin)).get("name")
			.asString()).isNotBlank();
		JsonNode created = ok(this.http.postJson("/v1/people", "{\"emails\":[\"new.hire@example.com\"],"
				+ "\"firstName\":\"New\",\"lastName\":\"Hire\",\"licenses\":[\"" + licenses.get(0).get("id").asString()
				+ "\"]}", admin));
		assertThat(created.get("displayName").asString()).isEqualTo("New Hire");
		String id = created.get("id").asString();
		assertThat(ok(this.http.sendJson("PUT", "/v1/people/" + enc(id), "{\"displayName\":\"Newer Hire\"}", admin))
			.get("displayName").asString()).isEqualTo("Newer Hire");
		assertThat(this.http.postJson("/v1/people", "{\"emails\":[\"new.hire@example.com\"]}", admin).statusCode())
			.isEqualTo(409);
		assertThat(this.http.postJson("/v1/people", "{\"emails\":[\"x@example.com\"]}",
				token(1, Set.of("spark-admin:people_write"))).statusCode()).as("not an admin").isEqualTo(403);
		assertThat(this.http.sendJson("DELETE", "/v1/people/" + enc(id), null, admin).statusCode()).isEqualTo(204);
		assertThat(this.http.bearer("/v1/people/" + enc(id), this.sam).statusCode()).isEqualTo(404);
		assertThat(this.http.bearer("/v1/licenses", this.sam).statusCode()).isEqualTo(403);
	}

	@Test
	void unknownRoutesWhenCalledThenWebexJsonErrorsNeverHtml() {
		HttpResponse<String> missing = this.http.bearer("/v1/nothing/here", this.alex);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		assertThat(json(missing).get("trackingId").asString()).isNotBlank();
		assertThat(json(missing).get("errors").get(0).get("description").asString()).isNotBlank();

		HttpResponse<String> wrongMethod = this.http.sendJson("PATCH", "/v1/rooms", "{}", this.alex);
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
		assertThat(json(wrongMethod).get("message").asString()).isNotBlank();
		HttpResponse<String> deleteMe = this.http.sendJson("DELETE", "/v1/people/me", null, this.alex);
		assertThat(deleteMe.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
	}

	private JsonNode ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	private String token(int person, Set<String> scopes) {
		return this.simulator.issueTokensDirectly(this.simulator.users().get(person).id(), scopes).accessToken();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
