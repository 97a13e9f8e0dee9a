package io.webexkit.simulator;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.WebhookReceiver.Delivery;
import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Events of the shared world reach the webhooks of everyone who sees the space, and no one else's. */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SharedSpacesWebhooksIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private WebhookReceiver receiver;

	private String alex;

	private String sam;

	private String jordan;

	private String demo;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.http = new SimulatorHttp(this.port);
		this.receiver = WebhookReceiver.start();
		this.alex = token(0);
		this.sam = token(1);
		this.jordan = token(2);
		this.demo = this.simulator.demoSpaceId();
	}

	@AfterEach
	void tearDown() {
		awaitDeliveries();
		this.receiver.close();
		this.simulator.reset();
	}

	@Test
	void messageWhenPostedInTheDemoSpaceThenEveryMembersWebhookGetsItAndNoOneElses() {
		hook(this.alex, "alex", "messages", "created", null, null);
		hook(this.sam, "sam", "messages", "created", null, null);
		hook(this.jordan, "jordan", "all", "all", null, null);

		JsonNode posted = json(this.http.postJson("/v1/messages",
				"{\"roomId\":\"" + this.demo + "\",\"text\":\"for everyone\"}", this.sam));
		awaitDeliveries();

		assertThat(this.receiver.deliveries("jordan")).isEmpty();
		for (String name : List.of("alex", "sam")) {
			JsonNode envelope = envelope(single(name));
			assertThat(envelope.get("resource").asString()).isEqualTo("messages");
			assertThat(envelope.get("actorId").asString()).isEqualTo(person(1).id());
			JsonNode data = envelope.get("data");
			assertThat(data.propertyNames()).containsExactly("id", "roomId", "roomType", "personId", "personEmail",
					"created");
			assertThat(data.get("id").asString()).isEqualTo(posted.get("id").asString());
			assertThat(data.get("roomId").asString()).isEqualTo(this.demo);
			assertThat(data.get("roomType").asString()).isEqualTo("group");
			assertThat(data.get("personEmail").asString()).isEqualTo("sam.patel@example.com");
		}
	}

	@Test
	void messageWhenWebhooksFilterThenRoomIdAndRoomTypeApply() {
		hook(this.alex, "demo-only", "messages", "created", "roomId=" + this.demo, null);
		hook(this.alex, "direct-only", "messages", "created", "roomType=direct", null);
		String direct = this.simulator.rooms().room(0, 1).id();

		this.simulator.postMessage("sam.patel@example.com", this.demo, "group");
		this.simulator.postMessage("sam.patel@example.com", direct, "direct");
		awaitDeliveries();

		assertThat(envelope(single("demo-only")).get("data").get("roomId").asString()).isEqualTo(this.demo);
		assertThat(envelope(single("direct-only")).get("data").get("roomId").asString()).isEqualTo(direct);
	}

	@Test
	void messageWhenPostedInTheCastsDirectRoomThenBothOfThemHearOfIt() {
		hook(this.alex, "alex", "messages", "created", null, null);
		hook(this.sam, "sam", "messages", "created", null, null);
		hook(this.jordan, "jordan", "messages", "created", null, null);

		this.http.postJson("/v1/messages", "{\"toPersonEmail\":\"sam.patel@example.com\",\"text\":\"hi\"}",
				this.alex);
		awaitDeliveries();

		assertThat(envelope(single("alex")).get("data")).isEqualTo(envelope(single("sam")).get("data"));
		assertThat(this.receiver.deliveries("jordan")).isEmpty();
	}

	@Test
	void postMessageFromJavaWhenWebhookHasSecretThenSignedDelivery() throws Exception {
		hook(this.alex, "signed", "messages", "created", null, "s3cret");

		String id = this.simulator.postMessage("sam.patel@example.com", this.demo, "**Hello** from Sam");
		awaitDeliveries();

		Delivery delivery = single("signed");
		assertThat(delivery.header("X-Spark-Signature")).isEqualTo(hmacSha1("s3cret", delivery.body()));
		JsonNode envelope = envelope(delivery);
		assertThat(envelope.get("data").get("id").asString()).isEqualTo(id);
		assertThat(envelope.get("actorId").asString()).isEqualTo(person(1).id());
		assertThat(delivery.text()).doesNotContain("Hello");
	}

	@Test
	void spaceLifecycleWhenChangedThroughTheApiThenRoomsAndMembershipsEventsToThoseInIt() {
		hook(this.alex, "alex-rooms", "rooms", "all", null, null);
		hook(this.alex, "alex-members", "memberships", "all", null, null);
		hook(this.sam, "sam-rooms", "rooms", "all", null, null);
		hook(this.sam, "sam-members", "memberships", "all", null, null);
		hook(this.jordan, "jordan", "all", "all", null, null);

		JsonNode room = json(this.http.postJson("/v1/rooms", "{\"title\":\"Lifecycle\"}", this.alex));
		String id = room.get("id").asString();
		awaitDeliveries();
		JsonNode created = envelope(single("alex-rooms"));
		assertThat(created.get("event").asString()).isEqualTo("created");
		assertThat(created.get("actorId").asString()).isEqualTo(person(0).id());
		assertThat(created.get("data").propertyNames()).containsExactly("id", "title", "type", "isLocked",
				"lastActivity", "creatorId", "created", "ownerId");
		assertThat(created.get("data").get("id").asString()).isEqualTo(id);
		assertThat(created.get("data").get("title").asString()).isEqualTo("Lifecycle");
		assertThat(this.receiver.deliveries("sam-rooms")).isEmpty();
		this.receiver.clear();

		JsonNode membership = json(this.http.postJson("/v1/memberships",
				"{\"roomId\":\"" + id + "\",\"personId\":\"" + person(1).id() + "\"}", this.alex));
		awaitDeliveries();
		for (String name : List.of("alex-members", "sam-members")) {
			JsonNode added = envelope(single(name));
			assertThat(added.get("resource").asString()).isEqualTo("memberships");
			assertThat(added.get("event").asString()).isEqualTo("created");
			assertThat(added.get("actorId").asString()).isEqualTo(person(0).id());
			JsonNode data = added.get("data");
			assertThat(data.propertyNames()).containsExactly("id", "roomId", "personId", "personEmail",
					"personDisplayName", "personOrgId", "isModerator", "isRoomHidden", "isMonitor", "created");
			assertThat(data.get("id").asString()).isEqualTo(membership.get("id").asString());
			assertThat(data.get("roomId").asString()).isEqualTo(id);
			assertThat(data.get("personDisplayName").asString()).isEqualTo("Sam Patel");
		}
		this.receiver.clear();

		this.http.sendJson("PUT", "/v1/rooms/" + encode(id), "{\"title\":\"Renamed\"}", this.sam);
		awaitDeliveries();
		for (String name : List.of("alex-rooms", "sam-rooms")) {
			JsonNode updated = envelope(single(name));
			assertThat(updated.get("event").asString()).isEqualTo("updated");
			assertThat(updated.get("actorId").asString()).isEqualTo(person(1).id());
			assertThat(updated.get("data").get("title").asString()).isEqualTo("Renamed");
		}
		this.receiver.clear();

		this.http.sendJson("DELETE", "/v1/memberships/" + encode(membership.get("id").asString()), null, this.alex);
		awaitDeliveries();
		for (String name : List.of("alex-members", "sam-members")) {
			JsonNode removed = envelope(single(name));
			assertThat(removed.get("event").asString()).isEqualTo("deleted");
			assertThat(removed.get("data").get("personId").asString()).isEqualTo(person(1).id());
		}
		this.receiver.clear();

		this.simulator.postMessage("alex.rivera@example.com", id, "after Sam left");
		awaitDeliveries();
		assertThat(this.receiver.deliveries()).isEmpty();
		assertThat(this.receiver.deliveries("jordan")).isEmpty();
	}

	@Test
	void createSpaceFromJavaThenRoomsEventToTheCreatorAndMembershipsEventsToTheMembers() {
		hook(this.alex, "alex", "all", "all", null, null);
		hook(this.sam, "sam", "all", "all", null, null);

		String id = this.simulator.createSpace("From Java", "alex.rivera@example.com", "sam.patel@example.com");
		awaitDeliveries();

		List<String> toAlex = this.receiver.deliveries("alex")
			.stream()
			.map((delivery) -> envelope(delivery).get("resource").asString())
			.sorted()
			.toList();
		assertThat(toAlex).containsExactly("memberships", "memberships", "rooms");
		JsonNode toSam = envelope(single("sam"));
		assertThat(toSam.get("resource").asString()).isEqualTo("memberships");
		assertThat(toSam.get("data").get("roomId").asString()).isEqualTo(id);
		assertThat(toSam.get("data").get("personEmail").asString()).isEqualTo("sam.patel@example.com");
	}

	private void hook(String token, String name, String resource, String event, String filter, String secret) {
		StringBuilder body = new StringBuilder("{\"name\":\"" + name + "\",\"targetUrl\":\"" + this.receiver.url(name)
				+ "\",\"resource\":\"" + resource + "\",\"event\":\"" + event + "\"");
		if (filter != null) {
			body.append(",\"filter\":\"").append(filter).append('"');
		}
		if (secret != null) {
			body.append(",\"secret\":\"").append(secret).append('"');
		}
		HttpResponse<String> created = this.http.postJson("/v1/webhooks", body.append('}').toString(), token);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
	}

	private Delivery single(String name) {
		List<Delivery> deliveries = this.receiver.deliveries(name);
		assertThat(deliveries).as(name).hasSize(1);
		return deliveries.get(0);
	}

	private static JsonNode envelope(Delivery delivery) {
		return JSON.readTree(delivery.body());
	}

	private SimulatedPerson person(int index) {
		return this.simulator.users().get(index);
	}

	private String token(int person) {
		return this.simulator
			.issueTokensDirectly(person(person).id(),
					Set.of("spark:rooms_read", "spark:rooms_write", "spark:messages_read", "spark:messages_write",
							"spark:memberships_read", "spark:memberships_write"))
			.accessToken();
	}

	/** Waits, at most 20 seconds, until every delivery queued so far has been answered or has failed. */
	private void awaitDeliveries() {
		assertThat(this.simulator.awaitWebhookDeliveries(Duration.ofSeconds(20)))
			.as("webhook deliveries still pending after 20 seconds")
			.isTrue();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String hmacSha1(String secret, byte[] body) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
