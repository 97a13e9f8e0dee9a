package io.webexkit.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.webexkit.client.card.AdaptiveCard;
import io.webexkit.client.card.TextBlock;
import io.webexkit.client.model.AttachmentActionRequest;
import io.webexkit.client.model.DirectMessageQuery;
import io.webexkit.client.model.Event;
import io.webexkit.client.model.EventQuery;
import io.webexkit.client.model.MembershipQuery;
import io.webexkit.client.model.MembershipRequest;
import io.webexkit.client.model.MembershipUpdate;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.MessageUpdate;
import io.webexkit.client.model.PersonQuery;
import io.webexkit.client.model.PersonRequest;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomRequest;
import io.webexkit.client.model.RoomSort;
import io.webexkit.client.model.RoomTabRequest;
import io.webexkit.client.model.RoomType;
import io.webexkit.client.model.RoomUpdate;
import io.webexkit.client.model.TeamMembershipRequest;
import io.webexkit.client.model.TeamRequest;
import io.webexkit.client.model.WebhookRequest;
import io.webexkit.client.model.WebhookUpdate;
import org.jspecify.annotations.Nullable;

/**
 * One operation the client serves, and what must go over the wire for it.
 *
 * @param spec the operation as Webex's document names it, such as {@code GET /rooms/{roomId}}
 * @param target the path and query the call must send, under {@code /v1}
 * @param body the exact JSON the call must send, or null for none
 * @param scope the scope a 403 must name, or null when Webex documents none
 * @param fixture the response to answer with, for operations outside the Messaging document; else its example
 */
record Operation(String spec, String target, @Nullable String body, @Nullable String scope, @Nullable String fixture,
		Function<WebexClient, ?> call) {

	String method() {
		return this.spec.substring(0, this.spec.indexOf(' '));
	}

	@Override
	public String toString() {
		return this.spec;
	}

	private static Operation op(String spec, String target, @Nullable String body, @Nullable String scope,
			Function<WebexClient, ?> call) {
		return new Operation(spec, target, body, scope, null, call);
	}

	private static Operation admin(String spec, String target, String scope, String fixture,
			Function<WebexClient, ?> call) {
		return new Operation(spec, target, null, scope, fixture, call);
	}

	/** A void call, as DELETE is. */
	private static Function<WebexClient, ?> run(java.util.function.Consumer<WebexClient> call) {
		return (client) -> {
			call.accept(client);
			return "done";
		};
	}

	static final String PEOPLE_READ = "spark:people_read";

	static final String PEOPLE_WRITE = "spark-admin:people_write";

	static final String MESSAGES_READ = "spark:messages_read";

	static final String MESSAGES_WRITE = "spark:messages_write";

	static List<Operation> all() {
		return List.of(
				op("GET /people", "/people?email=john.andersen%40example.com&id=p1%2Cp2&callingData=true&max=5", null,
						PEOPLE_READ, (c) -> c.people()
							.list(PersonQuery.builder()
								.email("john.andersen@example.com")
								.ids(List.of("p1", "p2"))
								.callingData()
								.max(5)
								.build())),
				op("POST /people", "/people",
						"{\"emails\":[\"john@example.com\"],\"displayName\":\"John Andersen\",\"licenses\":[\"L1\"]}",
						PEOPLE_WRITE, (c) -> c.people()
							.create(PersonRequest.builder()
								.emails(List.of("john@example.com"))
								.displayName("John Andersen")
								.licenses(List.of("L1"))
								.build())),
				op("GET /people/{personId}", "/people/p%201", null, PEOPLE_READ, (c) -> c.people().get("p 1")),
				op("PUT /people/{personId}", "/people/p1",
						"{\"emails\":[\"john@example.com\"],\"displayName\":\"John A.\",\"loginEnabled\":false}",
						PEOPLE_WRITE, (c) -> c.people()
							.update("p1", PersonRequest.builder()
								.emails(List.of("john@example.com"))
								.displayName("John A.")
								.loginEnabled(false)
								.build())),
				op("DELETE /people/{personId}", "/people/p1", null, PEOPLE_WRITE, run((c) -> c.people().delete("p1"))),
				op("GET /people/me", "/people/me", null, PEOPLE_READ, (c) -> c.people().me()),
				op("GET /rooms", "/rooms?type=group&sortBy=created&teamId=t1&max=10", null, "spark:rooms_read",
						(c) -> c.rooms()
							.list(RoomQuery.builder()
								.teamId("t1")
								.type(RoomType.GROUP)
								.sortBy(RoomSort.CREATED)
								.max(10)
								.build())),
				op("POST /rooms", "/rooms", "{\"title\":\"Sprint\",\"teamId\":\"t1\",\"isLocked\":true,"
						+ "\"isAnnouncementOnly\":true}", "spark:rooms_write",
						(c) -> c.rooms()
							.create(RoomRequest.builder("Sprint")
								.teamId("t1")
								.isLocked(true)
								.isAnnouncementOnly(true)
								.build())),
				op("GET /rooms/{roomId}", "/rooms/r1", null, "spark:rooms_read", (c) -> c.rooms().get("r1")),
				op("PUT /rooms/{roomId}", "/rooms/r1", "{\"title\":\"Renamed\",\"isReadOnly\":true}",
						"spark:rooms_write",
						(c) -> c.rooms().update("r1", RoomUpdate.builder("Renamed").isReadOnly(true).build())),
				op("DELETE /rooms/{roomId}", "/rooms/r1", null, "spark:rooms_write",
						run((c) -> c.rooms().delete("r1"))),
				op("GET /rooms/{roomId}/meetingInfo", "/rooms/r1/meetingInfo", null, "spark:rooms_read",
						(c) -> c.rooms().meetingInfo("r1")),
				op("GET /memberships", "/memberships?roomId=r1&personEmail=a%40example.com&max=3", null,
						"spark:memberships_read", (c) -> c.memberships()
							.list(MembershipQuery.builder().roomId("r1").personEmail("a@example.com").max(3).build())),
				op("POST /memberships", "/memberships",
						"{\"roomId\":\"r1\",\"personEmail\":\"a@example.com\",\"isModerator\":true}",
						"spark:memberships_write",
						(c) -> c.memberships().create(MembershipRequest.personEmail("r1", "a@example.com").asModerator())),
				op("GET /memberships/{membershipId}", "/memberships/m1", null, "spark:memberships_read",
						(c) -> c.memberships().get("m1")),
				op("PUT /memberships/{membershipId}", "/memberships/m1", "{\"isModerator\":true,\"isRoomHidden\":false}",
						"spark:memberships_write", (c) -> c.memberships().update("m1", new MembershipUpdate(true, false))),
				op("DELETE /memberships/{membershipId}", "/memberships/m1", null, "spark:memberships_write",
						run((c) -> c.memberships().delete("m1"))),
				op("GET /messages",
						"/messages?roomId=r1&max=20&before=2026-01-01T00%3A00%3A00Z&beforeMessage=m9&parentId=m0"
								+ "&mentionedPeople=me",
						null, MESSAGES_READ, (c) -> c.messages()
							.list(MessageQuery.builder("r1")
								.max(20)
								.before(Instant.parse("2026-01-01T00:00:00Z"))
								.beforeMessage("m9")
								.parentId("m0")
								.mentionedMe()
								.build())),
				op("GET /messages/direct", "/messages/direct?personEmail=julie%40example.com&parentId=m0", null,
						MESSAGES_READ,
						(c) -> c.messages().listDirect(DirectMessageQuery.personEmail("julie@example.com").inThread("m0"))),
				op("POST /messages", "/messages", "{\"roomId\":\"r1\",\"parentId\":\"m0\",\"text\":\"Rate us\","
						+ "\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\",\"content\":"
						+ "{\"type\":\"AdaptiveCard\",\"version\":\"1.3\",\"body\":[{\"type\":\"TextBlock\","
						+ "\"text\":\"Hi\",\"wrap\":true}]}}]}", MESSAGES_WRITE,
						(c) -> c.messages()
							.create(MessageRequest.builder()
								.roomId("r1")
								.parentId("m0")
								.text("Rate us")
								.attachment(AdaptiveCard.builder().add(TextBlock.of("Hi")).build().toAttachment())
								.build())),
				op("GET /messages/{messageId}", "/messages/m%2F1", null, MESSAGES_READ, (c) -> c.messages().get("m/1")),
				op("PUT /messages/{messageId}", "/messages/m1", "{\"roomId\":\"r1\",\"markdown\":\"**edited**\"}",
						MESSAGES_WRITE, (c) -> c.messages().update("m1", MessageUpdate.markdown("r1", "**edited**"))),
				op("DELETE /messages/{messageId}", "/messages/m1", null, MESSAGES_WRITE,
						run((c) -> c.messages().delete("m1"))),
				op("GET /teams", "/teams?max=10", null, "spark:teams_read", (c) -> c.teams().list(10)),
				op("POST /teams", "/teams", "{\"name\":\"Build Squad\",\"description\":\"The A team\"}",
						"spark:teams_write", (c) -> c.teams().create(new TeamRequest("Build Squad", "The A team"))),
				op("GET /teams/{teamId}", "/teams/t1", null, "spark:teams_read", (c) -> c.teams().get("t1")),
				op("PUT /teams/{teamId}", "/teams/t1", "{\"name\":\"B Squad\"}", "spark:teams_write",
						(c) -> c.teams().update("t1", TeamRequest.of("B Squad"))),
				op("DELETE /teams/{teamId}", "/teams/t1", null, "spark:teams_write", run((c) -> c.teams().delete("t1"))),
				op("GET /team/memberships", "/team/memberships?teamId=t1&max=5", null, "spark:team_memberships_read",
						(c) -> c.teamMemberships().list("t1", 5)),
				op("POST /team/memberships", "/team/memberships",
						"{\"teamId\":\"t1\",\"personId\":\"p1\",\"isModerator\":false}", "spark:team_memberships_write",
						(c) -> c.teamMemberships().create(TeamMembershipRequest.personId("t1", "p1"))),
				op("GET /team/memberships/{membershipId}", "/team/memberships/tm1", null,
						"spark:team_memberships_read", (c) -> c.teamMemberships().get("tm1")),
				op("PUT /team/memberships/{membershipId}", "/team/memberships/tm1", "{\"isModerator\":true}",
						"spark:team_memberships_write", (c) -> c.teamMemberships().update("tm1", true)),
				op("DELETE /team/memberships/{membershipId}", "/team/memberships/tm1", null,
						"spark:team_memberships_write", run((c) -> c.teamMemberships().delete("tm1"))),
				op("GET /room/tabs", "/room/tabs?roomId=r1", null, "spark:rooms_read", (c) -> c.roomTabs().list("r1")),
				op("POST /room/tabs", "/room/tabs",
						"{\"roomId\":\"r1\",\"contentUrl\":\"https://example.com/board\",\"displayName\":\"Board\"}",
						"spark:rooms_write",
						(c) -> c.roomTabs().create(new RoomTabRequest("r1", "https://example.com/board", "Board"))),
				op("GET /room/tabs/{id}", "/room/tabs/tab1", null, "spark:rooms_read", (c) -> c.roomTabs().get("tab1")),
				op("PUT /room/tabs/{id}", "/room/tabs/tab1",
						"{\"roomId\":\"r1\",\"contentUrl\":\"https://example.com/v2\",\"displayName\":\"Board\"}",
						"spark:rooms_write", (c) -> c.roomTabs()
							.update("tab1", new RoomTabRequest("r1", "https://example.com/v2", "Board"))),
				op("DELETE /room/tabs/{id}", "/room/tabs/tab1", null, "spark:rooms_write",
						run((c) -> c.roomTabs().delete("tab1"))),
				op("POST /attachment/actions", "/attachment/actions",
						"{\"type\":\"submit\",\"messageId\":\"m1\",\"inputs\":{\"Name\":\"John Andersen\"}}",
						"spark:messages_write", (c) -> c.attachmentActions()
							.create(AttachmentActionRequest.of("m1", Map.of("Name", "John Andersen")))),
				op("GET /attachment/actions/{id}", "/attachment/actions/a1", null, "spark:messages_read",
						(c) -> c.attachmentActions().get("a1")),
				op("GET /events", "/events?resource=messages&type=created&from=2026-01-01T00%3A00%3A00Z&max=50", null,
						"spark-compliance:events_read", (c) -> c.events()
							.list(EventQuery.builder()
								.resource(Event.Resource.MESSAGES)
								.type(Event.Type.CREATED)
								.from(Instant.parse("2026-01-01T00:00:00Z"))
								.max(50)
								.build())),
				op("GET /events/{eventId}", "/events/e1", null, "spark-compliance:events_read",
						(c) -> c.events().get("e1")),
				op("GET /webhooks", "/webhooks?max=2", null, null, (c) -> c.webhooks().list(2)),
				op("POST /webhooks", "/webhooks", "{\"name\":\"n\",\"targetUrl\":\"https://example.com/hook\","
						+ "\"resource\":\"rooms\",\"event\":\"all\"}", "spark:rooms_read",
						(c) -> c.webhooks()
							.create(WebhookRequest.builder("n", "https://example.com/hook", "rooms", "all").build())),
				op("GET /webhooks/{webhookId}", "/webhooks/w1", null, null, (c) -> c.webhooks().get("w1")),
				op("PUT /webhooks/{webhookId}", "/webhooks/w1", "{\"name\":\"n\",\"targetUrl\":\"https://example.com/h\"}",
						null, (c) -> c.webhooks().update("w1", WebhookUpdate.builder("n", "https://example.com/h").build())),
				op("DELETE /webhooks/{webhookId}", "/webhooks/w1", null, null, run((c) -> c.webhooks().delete("w1"))),
				admin("GET /licenses", "/licenses?orgId=o1", "spark-admin:licenses_read", "admin-licenses-page.json",
						(c) -> c.licenses().list("o1")),
				admin("GET /licenses/{licenseId}", "/licenses/l1", "spark-admin:licenses_read", "admin-license.json",
						(c) -> c.licenses().get("l1")),
				admin("GET /roles", "/roles", "spark-admin:roles_read", "admin-roles-page.json", (c) -> c.roles().list()),
				admin("GET /roles/{roleId}", "/roles/ro1", "spark-admin:roles_read", "admin-role.json",
						(c) -> c.roles().get("ro1")),
				admin("GET /organizations", "/organizations", "spark-admin:organizations_read",
						"admin-organizations-page.json", (c) -> c.organizations().list()),
				admin("GET /organizations/{orgId}", "/organizations/o1", "spark-admin:organizations_read",
						"admin-organization.json", (c) -> c.organizations().get("o1")));
	}

}
