package io.webexkit.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
import io.webexkit.simulator.testapp.MutableClock;
import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.json;
import static io.webexkit.simulator.SimulatorHttp.nextLink;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class WebhooksIntegrationTests {

	private static final Set<String> SCOPES = Set.of("spark:rooms_read", "spark:messages_read",
			"spark:messages_write", "spark:memberships_read");

	@Autowired
	private WebexSimulator simulator;

	@Autowired
	private MutableClock clock;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private final HttpClient client = HttpClient.newHttpClient();

	private WebhookReceiver receiver;

	private String token;

	private String busyRoom;

	private String otherRoom;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.http = new SimulatorHttp(this.port);
		this.receiver = WebhookReceiver.start();
		this.token = token(0, SCOPES);
		this.busyRoom = this.simulator.rooms().room(0, RoomCatalog.BUSY_ROOM).id();
		this.otherRoom = this.simulator.rooms().room(0, 1).id();
	}

	@AfterEach
	void tearDown() {
		awaitDeliveries();
		this.receiver.close();
		this.simulator.reset();
	}

	@Test
	void createWhenValidThenWebexShapeReadableAndListed() {
		HttpResponse<String> created = create("{\"name\":\"My hook\",\"targetUrl\":\"" + this.receiver.url("a")
				+ "\",\"resource\":\"messages\",\"event\":\"created\",\"filter\":\"roomId=" + this.busyRoom
				+ "\",\"secret\":\"s3cret\"}");

		assertThat(created.statusCode()).isEqualTo(200);
		JsonNode webhook = json(created);
		assertThat(webhook.propertyNames()).containsExactly("id", "name", "targetUrl", "resource", "event", "filter",
				"secret", "status", "created", "orgId", "createdBy", "appId", "ownedBy");
		String id = webhook.get("id").asString();
		assertThat(Ids.decode("WEBHOOK", id)).isPresent();
		assertThat(webhook.get("status").asString()).isEqualTo("active");
		assertThat(webhook.get("ownedBy").asString()).isEqualTo("creator");
		assertThat(webhook.get("createdBy").asString()).isEqualTo(this.simulator.users().get(0).id());
		assertThat(webhook.get("orgId").asString()).isEqualTo(this.simulator.users().get(0).orgId());
		assertThat(webhook.get("created").asString()).endsWith("Z");
		assertThat(webhook.get("filter").asString()).isEqualTo("roomId=" + this.busyRoom);

		HttpResponse<String> read = this.http.bearer("/v1/webhooks/" + id, this.token);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(json(read)).isEqualTo(webhook);
		JsonNode items = json(this.http.bearer("/v1/webhooks", this.token)).get("items");
		assertThat(items).hasSize(1);
		assertThat(items.get(0)).isEqualTo(webhook);
	}

	@Test
	void createWhenNoFilterOrSecretThenThoseMembersLeftOut() {
		JsonNode webhook = json(create(hook("a", "all", "all")));

		assertThat(webhook.propertyNames()).doesNotContain("filter", "secret");
	}

	@Test
	void listWhenMoreThanMaxThenPagedWithLinkOldestFirst() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(json(create(hook("h" + i, "messages", "created"))).get("id").asString());
		}

		List<String> listed = new ArrayList<>();
		String url = "/v1/webhooks?max=2";
		int pages = 0;
		while (url != null) {
			HttpResponse<String> page = this.http.bearer(url, this.token);
			assertThat(page.statusCode()).isEqualTo(200);
			json(page).get("items").forEach((item) -> listed.add(item.get("id").asString()));
			url = nextLink(page);
			pages++;
		}

		assertThat(pages).isEqualTo(3);
		assertThat(listed).isEqualTo(ids);
	}

	@Test
	void updateWhenPutThenChangedAndResourceKept() {
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();

		HttpResponse<String> updated = put(id, "{\"name\":\"Renamed\",\"targetUrl\":\"" + this.receiver.url("b")
				+ "\",\"secret\":\"new-secret\",\"resource\":\"rooms\"}");

		assertThat(updated.statusCode()).isEqualTo(200);
		JsonNode webhook = json(updated);
		assertThat(webhook.get("id").asString()).isEqualTo(id);
		assertThat(webhook.get("name").asString()).isEqualTo("Renamed");
		assertThat(webhook.get("targetUrl").asString()).isEqualTo(this.receiver.url("b"));
		assertThat(webhook.get("secret").asString()).isEqualTo("new-secret");
		assertThat(webhook.get("resource").asString()).isEqualTo("messages");
		assertThat(json(this.http.bearer("/v1/webhooks/" + id, this.token))).isEqualTo(webhook);
	}

	@Test
	void deleteWhenOwnThen204AndGone() {
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();

		HttpResponse<String> deleted = delete(id, this.token);

		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(deleted.body()).isEmpty();
		assertThat(this.http.bearer("/v1/webhooks/" + id, this.token).statusCode()).isEqualTo(404);
		assertThat(delete(id, this.token).statusCode()).isEqualTo(404);
		assertThat(json(this.http.bearer("/v1/webhooks", this.token)).get("items")).isEmpty();
	}

	@Test
	void webhookWhenAnotherPersonsThen404AndNotListed() {
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();
		String sams = token(1, SCOPES);

		HttpResponse<String> read = this.http.bearer("/v1/webhooks/" + id, sams);
		assertThat(read.statusCode()).isEqualTo(404);
		assertThat(json(read).get("trackingId").asString()).isNotEmpty();
		assertThat(send("PUT", "/v1/webhooks/" + id,
				"{\"name\":\"mine now\",\"targetUrl\":\"" + this.receiver.url("x") + "\"}", sams)
			.statusCode()).isEqualTo(404);
		assertThat(delete(id, sams).statusCode()).isEqualTo(404);
		assertThat(json(this.http.bearer("/v1/webhooks", sams)).get("items")).isEmpty();
		assertThat(this.http.bearer("/v1/webhooks/" + id, this.token).statusCode()).isEqualTo(200);
	}

	@Test
	void createWhenRequiredFieldMissingOrInvalidThen400WithWebexError() {
		String target = this.receiver.url("a");
		List<String> bodies = List.of(
				"{\"targetUrl\":\"" + target + "\",\"resource\":\"messages\",\"event\":\"created\"}",
				"{\"name\":\"n\",\"resource\":\"messages\",\"event\":\"created\"}",
				"{\"name\":\"n\",\"targetUrl\":\"" + target + "\",\"event\":\"created\"}",
				"{\"name\":\"n\",\"targetUrl\":\"" + target + "\",\"resource\":\"messages\"}",
				"{\"name\":\"n\",\"targetUrl\":\"not a url\",\"resource\":\"messages\",\"event\":\"created\"}",
				"{\"name\":\"n\",\"targetUrl\":\"" + target + "\",\"resource\":\"nope\",\"event\":\"created\"}",
				"not json");
		for (String body : bodies) {
			HttpResponse<String> response = create(body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			JsonNode error = json(response);
			assertThat(error.get("message").asString()).isNotEmpty();
			assertThat(error.get("errors").get(0).get("description").asString())
				.isEqualTo(error.get("message").asString());
			assertThat(error.get("trackingId").asString()).isNotEmpty();
		}
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();
		assertThat(put(id, "{\"name\":\"only a name\"}").statusCode()).isEqualTo(400);
		assertThat(put(id, "{\"name\":\"n\",\"targetUrl\":\"" + target + "\",\"status\":\"paused\"}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void createWhenTokenLacksTheResourcesReadScopeThen403() {
		String writeOnly = token(0, Set.of("spark:messages_write"));
		String messagesOnly = token(0, Set.of("spark:messages_read"));

		HttpResponse<String> refused = send("POST", "/v1/webhooks", hook("a", "messages", "created"), writeOnly);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(json(refused).get("message").asString()).contains("spark:messages_read");
		assertThat(send("POST", "/v1/webhooks", hook("a", "memberships", "created"), messagesOnly).statusCode())
			.isEqualTo(403);
		assertThat(send("POST", "/v1/webhooks", hook("a", "rooms", "created"), messagesOnly).statusCode())
			.isEqualTo(403);
		assertThat(send("POST", "/v1/webhooks", hook("a", "all", "all"), messagesOnly).statusCode()).isEqualTo(403);
		assertThat(send("POST", "/v1/webhooks", hook("a", "messages", "created"), messagesOnly).statusCode())
			.isEqualTo(200);
		assertThat(send("POST", "/v1/webhooks", hook("a", "all", "all"), token(0, Set.of("spark:all"))).statusCode())
			.isEqualTo(200);
		assertThat(json(this.http.bearer("/v1/webhooks", writeOnly)).get("items")).hasSize(2);
	}

	@Test
	void postMessageWhenWebhookHasSecretThenDeliveredSignedWithIdsOnly() throws Exception {
		String id = json(create(hookWithSecret("a", "s3cret-ü"))).get("id").asString();

		JsonNode message = json(postMessage(this.busyRoom, "top secret text"));
		awaitDeliveries();

		assertThat(this.receiver.deliveries()).hasSize(1);
		Delivery delivery = this.receiver.deliveries().get(0);
		assertThat(delivery.method()).isEqualTo("POST");
		assertThat(delivery.header("Content-Type")).startsWith("application/json");
		assertThat(delivery.header("X-Spark-Signature")).isEqualTo(hmacSha1("s3cret-ü", delivery.body()));
		JsonNode envelope = JsonMapper.builder().build().readTree(delivery.body());
		assertThat(envelope.get("id").asString()).isEqualTo(id);
		assertThat(envelope.get("name").asString()).isEqualTo("a");
		assertThat(envelope.get("targetUrl").asString()).isEqualTo(this.receiver.url("a"));
		assertThat(envelope.get("resource").asString()).isEqualTo("messages");
		assertThat(envelope.get("event").asString()).isEqualTo("created");
		assertThat(envelope.get("status").asString()).isEqualTo("active");
		assertThat(envelope.get("ownedBy").asString()).isEqualTo("creator");
		assertThat(envelope.propertyNames()).contains("orgId", "createdBy", "appId");
		assertThat(envelope.get("actorId").asString()).isEqualTo(this.simulator.users().get(0).id());
		JsonNode data = envelope.get("data");
		assertThat(data.propertyNames()).containsExactly("id", "roomId", "roomType", "personId", "personEmail",
				"created");
		assertThat(data.get("id").asString()).isEqualTo(message.get("id").asString());
		assertThat(data.get("roomId").asString()).isEqualTo(this.busyRoom);
		assertThat(data.get("personEmail").asString()).isEqualTo("alex.rivera@example.com");
		assertThat(data.get("created").asString()).isEqualTo(message.get("created").asString());
		assertThat(delivery.text()).doesNotContain("top secret text");
		assertThat(this.simulator.webhookDeliveries()).isEqualTo(1);
		assertThat(this.simulator.failedWebhookDeliveries()).isZero();
	}

	@Test
	void postMessageWhenWebhookHasNoSecretThenNoSignatureHeader() {
		create(hook("a", "messages", "created"));

		postMessage(this.busyRoom, "hello");
		awaitDeliveries();

		assertThat(this.receiver.deliveries()).hasSize(1);
		assertThat(this.receiver.deliveries().get(0).header("X-Spark-Signature")).isNull();
	}

	@Test
	void postMessageWhenFilteredByRoomIdThenOnlyThatRoomsMessagesDelivered() {
		create("{\"name\":\"busy\",\"targetUrl\":\"" + this.receiver.url("busy")
				+ "\",\"resource\":\"messages\",\"event\":\"created\",\"filter\":\"roomId=" + this.busyRoom
				+ "&hasFiles=false\"}");
		create("{\"name\":\"other\",\"targetUrl\":\"" + this.receiver.url("other")
				+ "\",\"resource\":\"messages\",\"event\":\"all\",\"filter\":\"roomId=" + this.otherRoom + "\"}");
		create(hook("everything", "all", "all"));
		create(hook("rooms", "rooms", "created"));

		postMessage(this.busyRoom, "one");
		postMessage(this.busyRoom, "two");
		postMessage(this.otherRoom, "three");
		awaitDeliveries();

		assertThat(this.receiver.deliveries("busy")).hasSize(2);
		assertThat(this.receiver.deliveries("other")).hasSize(1);
		assertThat(this.receiver.deliveries("everything")).hasSize(3);
		assertThat(this.receiver.deliveries("rooms")).isEmpty();
	}

	@Test
	void postMessageWhenAnotherPersonHasWebhooksThenTheyGetNothing() {
		send("POST", "/v1/webhooks", hook("sams", "all", "all"), token(1, SCOPES));

		postMessage(this.busyRoom, "Alex's own space");
		awaitDeliveries();

		assertThat(this.receiver.deliveries()).isEmpty();
	}

	@Test
	void tamperWebhookSignaturesWhenSetThenSignatureOfRightFormDoesNotVerify() throws Exception {
		create(hookWithSecret("a", "s3cret"));
		this.simulator.behavior().setTamperWebhookSignatures(true);

		postMessage(this.busyRoom, "hello");
		awaitDeliveries();

		Delivery delivery = this.receiver.deliveries().get(0);
		assertThat(delivery.header("X-Spark-Signature")).matches("[0-9a-f]{40}")
			.isNotEqualTo(hmacSha1("s3cret", delivery.body()));
	}

	@Test
	void omitWebhookSignaturesWhenSetThenNoHeaderDespiteSecret() {
		create(hookWithSecret("a", "s3cret"));
		this.simulator.behavior().setOmitWebhookSignatures(true);

		postMessage(this.busyRoom, "hello");
		awaitDeliveries();

		assertThat(this.receiver.deliveries()).hasSize(1);
		assertThat(this.receiver.deliveries().get(0).header("X-Spark-Signature")).isNull();
	}

	@Test
	void duplicateWebhookDeliveriesWhenSetThenEachEventTwiceIdentical() throws Exception {
		create(hookWithSecret("a", "s3cret"));
		this.simulator.behavior().setDuplicateWebhookDeliveries(true);

		postMessage(this.busyRoom, "hello");
		awaitDeliveries();

		List<Delivery> deliveries = this.receiver.deliveries();
		assertThat(deliveries).hasSize(2);
		assertThat(deliveries.get(0).body()).isEqualTo(deliveries.get(1).body());
		assertThat(deliveries.get(1).header("X-Spark-Signature"))
			.isEqualTo(deliveries.get(0).header("X-Spark-Signature"))
			.isEqualTo(hmacSha1("s3cret", deliveries.get(0).body()));
	}

	@Test
	void webhookDeliveryDelayWhenSetThenDeliveryComesNoSoonerThanTheDelay() {
		create(hook("a", "messages", "created"));
		Duration delay = Duration.ofMillis(800);
		this.simulator.behavior().setWebhookDeliveryDelay(delay);

		long start = System.nanoTime();
		postMessage(this.busyRoom, "hello");
		awaitDeliveries();

		assertThat(this.receiver.deliveries()).hasSize(1);
		assertThat(Duration.ofNanos(this.receiver.deliveries().get(0).receivedNanos() - start))
			.isGreaterThanOrEqualTo(delay);
	}

	@Test
	void postMessageWhenTheReceiverIsSlowToAnswerThenTheApiAnswersWithoutWaitingForTheDelivery() {
		create(hook("a", "messages", "created"));
		CompletableFuture<Void> release = new CompletableFuture<>();
		this.receiver.holdAnswersUntil(release);
		try {
			// were the delivery part of the API call, the post would wait for the receiver's answer, which waits
			// for this test: it would come back only once the delivery timed out, no longer pending
			postMessage(this.busyRoom, "hello");
			await().atMost(Duration.ofSeconds(20)).until(() -> this.receiver.deliveries().size() == 1);
			assertThat(this.simulator.webhookDeliveriesPending()).as("still waiting for the receiver").isOne();
		}
		finally {
			release.complete(null);
		}
		awaitDeliveries();
		assertThat(this.simulator.failedWebhookDeliveries()).isZero();
	}

	@Test
	void deliveriesWhenHundredFailWithinFiveMinutesThenInactiveAndNothingMore() {
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();
		this.receiver.answer(500);

		for (int i = 0; i < 99; i++) {
			postMessage(this.busyRoom, "failing " + i);
		}
		awaitDeliveries();
		assertThat(status(id)).isEqualTo("active");
		this.clock.advance(Duration.ofMinutes(4));
		postMessage(this.busyRoom, "the hundredth");
		awaitDeliveries();

		assertThat(status(id)).isEqualTo("inactive");
		assertThat(this.receiver.deliveries()).hasSize(100);
		assertThat(this.simulator.failedWebhookDeliveries()).isEqualTo(100);
		this.receiver.answer(200);
		postMessage(this.busyRoom, "not delivered");
		awaitDeliveries();
		assertThat(this.receiver.deliveries()).hasSize(100);
		this.clock.advance(Duration.ofHours(1));
		assertThat(status(id)).as("Webex never reactivates a webhook by itself").isEqualTo("inactive");
	}

	@Test
	void deliveriesWhenFailuresSpreadOverMoreThanFiveMinutesThenStillActive() {
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();
		this.receiver.answer(503);

		for (int i = 0; i < 99; i++) {
			postMessage(this.busyRoom, "failing " + i);
		}
		awaitDeliveries();
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		postMessage(this.busyRoom, "one more");
		awaitDeliveries();

		assertThat(status(id)).isEqualTo("active");
	}

	@Test
	void deliveriesWhenTargetUnreachableThenCountedAsFailures() {
		// nothing listens on port 1: every delivery is refused
		String id = json(create("{\"name\":\"gone\",\"targetUrl\":\"http://127.0.0.1:1/hook\","
				+ "\"resource\":\"messages\",\"event\":\"created\"}")).get("id").asString();

		for (int i = 0; i < 100; i++) {
			postMessage(this.busyRoom, "into the void " + i);
		}
		awaitDeliveries();

		assertThat(this.simulator.failedWebhookDeliveries()).isEqualTo(100);
		assertThat(status(id)).isEqualTo("inactive");
	}

	@Test
	void putStatusActiveWhenDisabledThenReactivatedAndDeliveredAgain() {
		String id = disabledWebhook();
		this.clock.advance(Duration.ofMinutes(10));
		this.receiver.answer(200);

		HttpResponse<String> reactivated = put(id,
				"{\"name\":\"a\",\"targetUrl\":\"" + this.receiver.url("a") + "\",\"status\":\"active\"}");

		assertThat(json(reactivated).get("status").asString()).isEqualTo("active");
		postMessage(this.busyRoom, "welcome back");
		awaitDeliveries();
		assertThat(this.receiver.deliveries()).hasSize(1);
		this.receiver.answer(500);
		postMessage(this.busyRoom, "one failure after a late reactivation");
		awaitDeliveries();
		assertThat(status(id)).as("reactivated more than 5 minutes after: 100 failures again").isEqualTo("active");
	}

	@Test
	void putStatusActiveWhenWithinFiveMinutesOfBeingDisabledThenNextFailureDisablesAgain() {
		String id = disabledWebhook();
		this.clock.advance(Duration.ofMinutes(4));
		this.receiver.answer(200);
		put(id, "{\"name\":\"a\",\"targetUrl\":\"" + this.receiver.url("a") + "\",\"status\":\"active\"}");
		postMessage(this.busyRoom, "delivered");
		awaitDeliveries();
		assertThat(status(id)).isEqualTo("active");
		this.clock.advance(Duration.ofMinutes(30));

		this.receiver.answer(500);
		postMessage(this.busyRoom, "one failure");
		awaitDeliveries();

		assertThat(status(id)).isEqualTo("inactive");
		assertThat(this.receiver.deliveries()).hasSize(2);
	}

	@Test
	void putStatusInactiveThenNothingDelivered() {
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();

		put(id, "{\"name\":\"a\",\"targetUrl\":\"" + this.receiver.url("a") + "\",\"status\":\"inactive\"}");
		postMessage(this.busyRoom, "paused");
		awaitDeliveries();

		assertThat(status(id)).isEqualTo("inactive");
		assertThat(this.receiver.deliveries()).isEmpty();
	}

	/** A webhook the failure rules disabled, its target answering 500, its deliveries so far cleared. */
	private String disabledWebhook() {
		String id = json(create(hook("a", "messages", "created"))).get("id").asString();
		this.receiver.answer(500);
		for (int i = 0; i < WebhookHealth.FAILURE_LIMIT; i++) {
			postMessage(this.busyRoom, "failing " + i);
		}
		awaitDeliveries();
		assertThat(status(id)).isEqualTo("inactive");
		this.receiver.clear();
		return id;
	}

	private String hook(String name, String resource, String event) {
		return "{\"name\":\"" + name + "\",\"targetUrl\":\"" + this.receiver.url(name) + "\",\"resource\":\""
				+ resource + "\",\"event\":\"" + event + "\"}";
	}

	private String hookWithSecret(String name, String secret) {
		return "{\"name\":\"" + name + "\",\"targetUrl\":\"" + this.receiver.url(name)
				+ "\",\"resource\":\"messages\",\"event\":\"created\",\"secret\":\"" + secret + "\"}";
	}

	private String token(int person, Set<String> scopes) {
		return this.simulator.issueTokensDirectly(this.simulator.users().get(person).id(), scopes).accessToken();
	}

	private HttpResponse<String> create(String body) {
		return send("POST", "/v1/webhooks", body, this.token);
	}

	private HttpResponse<String> put(String id, String body) {
		return send("PUT", "/v1/webhooks/" + id, body, this.token);
	}

	private HttpResponse<String> delete(String id, String token) {
		return send("DELETE", "/v1/webhooks/" + id, null, token);
	}

	private HttpResponse<String> postMessage(String roomId, String text) {
		HttpResponse<String> posted = this.http.postJson("/v1/messages",
				"{\"roomId\":\"" + roomId + "\",\"text\":\"" + text + "\"}", this.token);
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		return posted;
	}

	private String status(String id) {
		return json(this.http.bearer("/v1/webhooks/" + id, this.token)).get("status").asString();
	}

	private HttpResponse<String> send(String method, String path, String body, String token) {
		HttpRequest.BodyPublisher publisher = (body != null)
				? HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)
				: HttpRequest.BodyPublishers.noBody();
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.http.base() + path))
			.method(method, publisher)
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + token)
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Waits, at most 20 seconds, until every delivery queued so far has been answered or has failed. */
	private void awaitDeliveries() {
		assertThat(this.simulator.awaitWebhookDeliveries(Duration.ofSeconds(20)))
			.as("webhook deliveries still pending after 20 seconds")
			.isTrue();
	}

	private static String hmacSha1(String secret, byte[] body) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
