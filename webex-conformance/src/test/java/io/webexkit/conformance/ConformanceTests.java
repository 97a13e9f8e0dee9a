package io.webexkit.conformance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.webexkit.client.AccessTokenSupplier;
import io.webexkit.client.FileInfo;
import io.webexkit.client.WebexClient;
import io.webexkit.client.card.AdaptiveCard;
import io.webexkit.client.card.SubmitAction;
import io.webexkit.client.card.TextBlock;
import io.webexkit.client.card.TextInput;
import io.webexkit.client.model.AttachmentAction;
import io.webexkit.client.model.AttachmentActionRequest;
import io.webexkit.client.model.DirectMessageQuery;
import io.webexkit.client.model.Event;
import io.webexkit.client.model.EventQuery;
import io.webexkit.client.model.FileUpload;
import io.webexkit.client.model.Membership;
import io.webexkit.client.model.MembershipQuery;
import io.webexkit.client.model.MembershipRequest;
import io.webexkit.client.model.MembershipUpdate;
import io.webexkit.client.model.Mentions;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.MessageUpdate;
import io.webexkit.client.model.Person;
import io.webexkit.client.model.PersonQuery;
import io.webexkit.client.model.PersonRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomRequest;
import io.webexkit.client.model.RoomTab;
import io.webexkit.client.model.RoomTabRequest;
import io.webexkit.client.model.RoomUpdate;
import io.webexkit.client.model.Team;
import io.webexkit.client.model.TeamMembership;
import io.webexkit.client.model.TeamMembershipRequest;
import io.webexkit.client.model.TeamRequest;
import io.webexkit.client.model.Webhook;
import io.webexkit.client.model.WebhookRequest;
import io.webexkit.client.model.WebhookUpdate;
import io.webexkit.openapi.SpecOperation;
import io.webexkit.openapi.WebexOpenApi;
import io.webexkit.simulator.server.SimulatedIntegration;
import io.webexkit.simulator.server.SimulatorServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The client against the standalone simulator, as any third-party client would use it: an integration registered
 * with every Messaging scope, tokens obtained through the consent page, then every operation of Webex's Messaging
 * document (and the admin reads a people create needs) called through the client over HTTP. Each answer is held to
 * the documents by the simulator's validation filter (an answer otherwise becomes a 500, which fails the call). The
 * last test checks that every operation was exercised or is deliberately left out, and that docs/api-coverage.md
 * says so.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConformanceTests {

	/** Operations left out on purpose, by the document's tag, with why. */
	static final Map<String, String> EXCLUDED_TAGS = Map.of("HDS",
			"Hybrid Data Security: an organization's on-premises key servers, administered in Control Hub, not "
					+ "something an integration or bot does",
			"ECM folder linking", "Enterprise Content Management: linking a space to a SharePoint or OneDrive "
					+ "folder, which needs Microsoft's side as well");

	/** The admin document's operations in scope: the reads a people create needs. */
	static final Set<String> ADMIN_OPERATIONS = Set.of("GET /licenses", "GET /licenses/{licenseId}", "GET /roles",
			"GET /roles/{roleId}", "GET /organizations", "GET /organizations/{orgId}");

	private static final String CLIENT_ID = "C-conformance";

	private static final String CLIENT_SECRET = "conformance-secret";

	private static final String REDIRECT_URI = "http://localhost:10060/oauth";

	private static final Pattern CONSENT = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

	/** Operation → the client method that called it. */
	private static final Map<String, String> COVERED = new TreeMap<>();

	private static SimulatorServer server;

	private static WebexClient alex;

	private static WebexClient sam;

	private static String samId;

	private static final Map<String, String> ids = new LinkedHashMap<>();

	@BeforeAll
	static void start() throws Exception {
		server = SimulatorServer.builder()
			.port(0)
			.integration(new SimulatedIntegration(CLIENT_ID, CLIENT_SECRET, List.of(REDIRECT_URI),
					SimulatedIntegration.ALL_SCOPES))
			.start();
		assertThat(RecordingConfiguration.FILTERS).as("the simulator validates its answers against the documents")
			.contains("io.webexkit.openapi.validation.SpecValidationFilter");
		String everything = String.join(" ", new java.util.TreeSet<>(SimulatedIntegration.ALL_SCOPES));
		alex = client(tokenThroughConsent(everything, server.simulator().users().get(0).id()));
		samId = server.simulator().users().get(1).id();
		sam = client(tokenThroughConsent(everything, samId));
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	@Order(1)
	void people() {
		Person me = call("GET /people/me", "people().me()", () -> alex.people().me());
		call("GET /people/{personId}", "people().get(id)", () -> sam.people().get(me.id()));
		assertThat(call("GET /people", "people().list(PersonQuery)",
				() -> sam.people().list(PersonQuery.builder().email(me.emails().get(0)).build()))
			.items()).extracting(Person::id)
			.containsExactly(me.id());
		String license = call("GET /licenses", "licenses().list(orgId)", () -> alex.licenses().list(me.orgId()))
			.items()
			.get(0)
			.id();
		call("GET /licenses/{licenseId}", "licenses().get(id)", () -> alex.licenses().get(license));
		String role = call("GET /roles", "roles().list()", () -> alex.roles().list()).items().get(0).id();
		call("GET /roles/{roleId}", "roles().get(id)", () -> alex.roles().get(role));
		String org = call("GET /organizations", "organizations().list()", () -> alex.organizations().list())
			.items()
			.get(0)
			.id();
		call("GET /organizations/{orgId}", "organizations().get(id)", () -> alex.organizations().get(org));
		Person hire = call("POST /people", "people().create(PersonRequest)", () -> alex.people()
			.create(PersonRequest.builder()
				.emails(List.of("new.hire@example.com"))
				.displayName("New Hire")
				.licenses(List.of(license))
				.build()));
		assertThat(call("PUT /people/{personId}", "people().update(id, PersonRequest)",
				() -> alex.people()
					.update(hire.id(), PersonRequest.builder(hire).displayName("New Hire (Platform)").build()))
			.displayName()).isEqualTo("New Hire (Platform)");
		call("DELETE /people/{personId}", "people().delete(id)", () -> {
			alex.people().delete(hire.id());
			return null;
		});
	}

	@Test
	@Order(2)
	void teamsSpacesAndMembers() {
		Team team = call("POST /teams", "teams().create(TeamRequest)",
				() -> alex.teams().create(new TeamRequest("Incident Response", "On-call and incidents")));
		ids.put("team", team.id());
		call("GET /teams", "teams().list(max)", () -> alex.teams().list(10));
		call("GET /teams/{teamId}", "teams().get(id)", () -> alex.teams().get(team.id()));
		call("PUT /teams/{teamId}", "teams().update(id, TeamRequest)",
				() -> alex.teams().update(team.id(), TeamRequest.of("Incident Response Team")));
		TeamMembership teamMember = call("POST /team/memberships", "teamMemberships().create(TeamMembershipRequest)",
				() -> alex.teamMemberships().create(TeamMembershipRequest.personId(team.id(), samId)));
		call("GET /team/memberships", "teamMemberships().list(teamId, max)",
				() -> alex.teamMemberships().list(team.id(), 10));
		call("GET /team/memberships/{membershipId}", "teamMemberships().get(id)",
				() -> sam.teamMemberships().get(teamMember.id()));
		call("PUT /team/memberships/{membershipId}", "teamMemberships().update(id, isModerator)",
				() -> alex.teamMemberships().update(teamMember.id(), true));

		Room room = call("POST /rooms", "rooms().create(RoomRequest)",
				() -> alex.rooms().create(RoomRequest.builder("Incident 4711").teamId(team.id()).isLocked(true).build()));
		ids.put("room", room.id());
		assertThat(room.isLocked()).isTrue();
		call("GET /rooms", "rooms().list(RoomQuery)",
				() -> alex.rooms().list(RoomQuery.builder().teamId(team.id()).build()));
		call("GET /rooms/{roomId}", "rooms().get(id)", () -> alex.rooms().get(room.id()));
		call("PUT /rooms/{roomId}", "rooms().update(id, RoomUpdate)",
				() -> alex.rooms().update(room.id(), RoomUpdate.builder("Incident 4711: database").build()));
		call("GET /rooms/{roomId}/meetingInfo", "rooms().meetingInfo(id)", () -> alex.rooms().meetingInfo(room.id()));

		Membership member = call("POST /memberships", "memberships().create(MembershipRequest)",
				() -> alex.memberships().create(MembershipRequest.personId(room.id(), samId)));
		ids.put("membership", member.id());
		call("GET /memberships", "memberships().list(MembershipQuery)",
				() -> alex.memberships().list(MembershipQuery.inRoom(room.id())));
		call("GET /memberships/{membershipId}", "memberships().get(id)", () -> sam.memberships().get(member.id()));
		call("PUT /memberships/{membershipId}", "memberships().update(id, MembershipUpdate)",
				() -> alex.memberships().update(member.id(), new MembershipUpdate(true, false)));
	}

	@Test
	@Order(3)
	void messagesThreadsMentionsFilesAndCards() throws IOException {
		String room = ids.get("room");
		Message parent = call("POST /messages", "messages().create(MessageRequest)", () -> alex.messages()
			.create(MessageRequest.builder()
				.roomId(room)
				.markdown("Database is down, " + Mentions.person(samId, "Sam") + " please look")
				.build()));
		assertThat(parent.mentionedPeople()).containsExactly(samId);
		Message reply = sam.messages()
			.create(MessageRequest.builder().roomId(room).parentId(parent.id()).text("Looking").build());
		assertThat(call("GET /messages", "messages().list(MessageQuery)",
				() -> sam.messages().list(MessageQuery.builder(room).mentionedMe().build()))
			.items()).extracting(Message::id)
			.containsExactly(parent.id());
		assertThat(sam.messages().list(MessageQuery.builder(room).parentId(parent.id()).build()).items())
			.extracting(Message::id)
			.containsExactly(reply.id());
		call("GET /messages/{messageId}", "messages().get(id)", () -> sam.messages().get(reply.id()));
		call("PUT /messages/{messageId}", "messages().update(id, MessageUpdate)",
				() -> sam.messages().update(reply.id(), MessageUpdate.text(room, "Looking into it")));

		byte[] report = "incident report\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
		Message file = sam.messages()
			.create(MessageRequest.builder()
				.roomId(room)
				.text("The report")
				.upload(FileUpload.of("report.txt", "text/plain", report.length, new ByteArrayInputStream(report)))
				.build());
		ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
		FileInfo info = alex.contents().download(URI.create(file.files().get(0)), downloaded);
		assertThat(downloaded.toByteArray()).isEqualTo(report);
		assertThat(info.fileName()).isEqualTo("report.txt");

		Message direct = alex.messages()
			.create(MessageRequest.builder().toPersonEmail(server.simulator().users().get(2).email()).text("Hi").build());
		assertThat(call("GET /messages/direct", "messages().listDirect(DirectMessageQuery)",
				() -> alex.messages().listDirect(DirectMessageQuery.personEmail(server.simulator().users().get(2).email())))
			.items()).extracting(Message::id)
			.containsExactly(direct.id());

		Message card = alex.messages()
			.create(MessageRequest.builder()
				.roomId(room)
				.text("Who takes the next shift?")
				.attachment(AdaptiveCard.builder()
					.add(TextBlock.of("Next shift"))
					.add(TextInput.builder("who").build())
					.action(SubmitAction.of("Take it"))
					.build()
					.toAttachment())
				.build());
		AttachmentAction action = call("POST /attachment/actions", "attachmentActions().create(AttachmentActionRequest)",
				() -> sam.attachmentActions().create(AttachmentActionRequest.of(card.id(), Map.of("who", "Sam"))));
		assertThat(call("GET /attachment/actions/{id}", "attachmentActions().get(id)",
				() -> alex.attachmentActions().get(action.id()))
			.inputs()
			.string("who")).hasValue("Sam");
		call("DELETE /messages/{messageId}", "messages().delete(id)", () -> {
			sam.messages().delete(reply.id());
			return null;
		});
	}

	@Test
	@Order(4)
	void tabsWebhooksAndEvents() {
		String room = ids.get("room");
		RoomTab tab = call("POST /room/tabs", "roomTabs().create(RoomTabRequest)",
				() -> alex.roomTabs().create(new RoomTabRequest(room, "https://status.example.com", "Status")));
		call("GET /room/tabs", "roomTabs().list(roomId)", () -> sam.roomTabs().list(room));
		call("GET /room/tabs/{id}", "roomTabs().get(id)", () -> sam.roomTabs().get(tab.id()));
		call("PUT /room/tabs/{id}", "roomTabs().update(id, RoomTabRequest)",
				() -> alex.roomTabs().update(tab.id(), new RoomTabRequest(room, "https://status.example.com/db", "DB")));
		call("DELETE /room/tabs/{id}", "roomTabs().delete(id)", () -> {
			alex.roomTabs().delete(tab.id());
			return null;
		});

		String target = server.origin() + "/hooks/conformance";
		Webhook webhook = call("POST /webhooks", "webhooks().create(WebhookRequest)",
				() -> alex.webhooks().create(WebhookRequest.builder("conformance", target, "messages", "created").build()));
		call("GET /webhooks", "webhooks().list(max)", () -> alex.webhooks().list(10));
		call("GET /webhooks/{webhookId}", "webhooks().get(id)", () -> alex.webhooks().get(webhook.id()));
		call("PUT /webhooks/{webhookId}", "webhooks().update(id, WebhookUpdate)",
				() -> alex.webhooks().update(webhook.id(), WebhookUpdate.builder("renamed", target).build()));
		call("DELETE /webhooks/{webhookId}", "webhooks().delete(id)", () -> {
			alex.webhooks().delete(webhook.id());
			return null;
		});

		List<Event> events = call("GET /events", "events().list(EventQuery)", () -> alex.events()
			.list(EventQuery.builder().resource(Event.Resource.MESSAGES).from(Instant.EPOCH).build()))
			.items();
		assertThat(events).isNotEmpty();
		call("GET /events/{eventId}", "events().get(id)", () -> alex.events().get(events.get(0).id()));
	}

	@Test
	@Order(5)
	void deletes() {
		call("DELETE /memberships/{membershipId}", "memberships().delete(id)", () -> {
			alex.memberships().delete(ids.get("membership"));
			return null;
		});
		call("DELETE /rooms/{roomId}", "rooms().delete(id)", () -> {
			alex.rooms().delete(ids.get("room"));
			return null;
		});
		TeamMembership samInTeam = alex.teamMemberships().list(ids.get("team"), 10)
			.items()
			.stream()
			.filter((m) -> samId.equals(m.personId()))
			.findFirst()
			.orElseThrow();
		call("DELETE /team/memberships/{membershipId}", "teamMemberships().delete(id)", () -> {
			alex.teamMemberships().delete(samInTeam.id());
			return null;
		});
		call("DELETE /teams/{teamId}", "teams().delete(id)", () -> {
			alex.teams().delete(ids.get("team"));
			return null;
		});
	}

	@Test
	@Order(6)
	void coverageWhenEveryOperationExercisedOrLeftOutThenDocumented() throws IOException {
		List<String> missing = new ArrayList<>();
		for (SpecOperation operation : inScope()) {
			if (!COVERED.containsKey(operation.key()) && !EXCLUDED_TAGS.containsKey(operation.tag())) {
				missing.add(operation.key());
			}
		}
		assertThat(missing).as("operations neither exercised through the client nor left out with a reason")
			.isEmpty();
		String page = coveragePage();
		Path file = Path.of(System.getProperty("webex.coverage.file", "../docs/api-coverage.md"));
		if (Boolean.getBoolean("webex.coverage.write")) {
			Files.writeString(file, page);
		}
		assertThat(Files.exists(file) ? Files.readString(file) : "")
			.as("docs/api-coverage.md is stale: regenerate it with "
					+ "mvn -pl webex-conformance verify -Dwebex.coverage.write=true")
			.isEqualTo(page);
	}

	private static List<SpecOperation> inScope() {
		List<SpecOperation> operations = new ArrayList<>(WebexOpenApi.messaging().operations());
		for (SpecOperation operation : WebexOpenApi.admin().operations()) {
			if (ADMIN_OPERATIONS.contains(operation.key())) {
				operations.add(operation);
			}
		}
		return operations;
	}

	private static String coveragePage() {
		StringBuilder page = new StringBuilder();
		page.append("# Webex API coverage\n\n")
			.append("Generated by `webex-conformance` (`ConformanceTests`) from Webex's OpenAPI documents as vendored in ")
			.append("`webex-openapi` (see its NOTICE for the pinned commit): every operation of the Messaging ")
			.append("document, and the admin reads a people create needs. Each covered operation was called through ")
			.append("`WebexClient` against the standalone simulator over HTTP, with a token from its consent page, and ")
			.append("its answer was validated against the document. Regenerate with ")
			.append("`mvn -pl webex-conformance verify -Dwebex.coverage.write=true`.\n\n")
			.append("| Tag | Operation | Client method | Simulator | Tested by |\n")
			.append("|---|---|---|---|---|\n");
		for (SpecOperation operation : inScope()) {
			String method = COVERED.get(operation.key());
			page.append("| ")
				.append(operation.tag())
				.append(" | `")
				.append(operation.key())
				.append("` | ")
				.append((method != null) ? "`" + method + "`" : "left out")
				.append(" | ")
				.append((method != null) ? "served, validated" : "left out (below)")
				.append(" | ")
				.append((method != null) ? "ConformanceTests" : "")
				.append(" |\n");
		}
		page.append("\nLeft out on purpose:\n\n");
		new TreeMap<>(EXCLUDED_TAGS).forEach((tag, why) -> page.append("- ").append(tag).append(": ").append(why)
			.append(".\n"));
		return page.toString();
	}

	/**
	 * Runs a client call and records that it exercised {@code spec}: the simulator must have answered a request of
	 * that operation with a 2xx during the call.
	 */
	private static <T> T call(String spec, String clientMethod, Supplier<T> call) {
		RecordingConfiguration.EXCHANGES.clear();
		T result = call.get();
		boolean seen = RecordingConfiguration.EXCHANGES.stream().anyMatch((exchange) -> exchange.status() < 300
				&& operationKey(exchange.method(), exchange.path()).equals(spec));
		if (!seen) {
			fail(clientMethod + " did not call " + spec + " successfully: " + RecordingConfiguration.EXCHANGES);
		}
		COVERED.put(spec, clientMethod);
		return result;
	}

	private static String operationKey(String method, String uri) {
		String path = uri.substring(uri.indexOf("/v1/") + 3);
		return WebexOpenApi.messaging()
			.operation(method, path)
			.or(() -> WebexOpenApi.admin().operation(method, path))
			.map(SpecOperation::key)
			.orElse(method + " " + path);
	}

	private static WebexClient client(String token) {
		return WebexClient.builder()
			.baseUrl(server.apiBaseUrl())
			.tokenSupplier(AccessTokenSupplier.of(token))
			.build();
	}

	/** The authorization code grant with PKCE, through the simulator's consent page, as a browser would go. */
	private static String tokenThroughConsent(String scopes, String personId) throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String verifier = "conformance-pkce-verifier-0123456789abcdefghijklmnop-" + Integer.toHexString(personId.hashCode());
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
		String query = form(Map.of("client_id", CLIENT_ID, "response_type", "code", "redirect_uri", REDIRECT_URI,
				"scope", scopes, "state", "conformance", "code_challenge", challenge, "code_challenge_method", "S256"));
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.origin() + "/v1/authorize?" + query))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher consent = CONSENT.matcher(page.body());
		assertThat(consent.find()).as("the consent page: " + page.statusCode()).isTrue();
		HttpResponse<String> decided = http.send(HttpRequest
			.newBuilder(URI.create(server.origin() + "/v1/authorize/decision"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					form(Map.of("consent", consent.group(1).replace("&#61;", "="), "decision", "accept", "person",
							personId))))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = decided.headers().firstValue("Location").orElseThrow();
		String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(server.origin() + "/v1/access_token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code", "client_id",
					CLIENT_ID, "client_secret", CLIENT_SECRET, "code",
					java.net.URLDecoder.decode(code, StandardCharsets.UTF_8), "redirect_uri", REDIRECT_URI,
					"code_verifier", verifier))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		return token.body().replaceAll("(?s).*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private static byte[] sha256(byte[] data) throws NoSuchAlgorithmException {
		return MessageDigest.getInstance("SHA-256").digest(data);
	}

	private static String form(Map<String, String> values) {
		StringBuilder form = new StringBuilder();
		values.forEach((name, value) -> form.append(form.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return form.toString();
	}

}
