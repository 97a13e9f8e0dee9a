package io.webexkit.spring.webhooks;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.client.WebhookSignature;
import io.webexkit.spring.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries POSTed over HTTP to a host app that has no security chain of its own (the starter's default chain, where
 * every page needs sign-in).
 */
@SpringBootTest(classes = WebhookHost.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "webex.client-id=C-test", "webex.client-secret=test-secret",
				"webex.webhooks.public-url=https://app.example.com", "webex.webhooks.max-body-size=4KB",
				"webex.unauthenticated-bodies.deadline=5s" })
class WebhookReceiverIntegrationTests {

	static final String SECRET = "s3cret-of-the-registration";

	static final String DELIVERY = "{\"id\":\"W1\",\"name\":\"kit\",\"resource\":\"memberships\",\"event\":\"created\","
			+ "\"data\":{\"id\":\"MB1\",\"roomId\":\"R1\",\"personId\":\"P9\"}}";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		registry.add("webex.token-key", TestKeys::random);
	}

	@LocalServerPort
	int port;

	@Autowired
	WebhookStore store;

	@Autowired
	WebhookHost.Received received;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DataSource dataSource;

	final HttpClient http = HttpClient.newHttpClient();

	String key = "";

	@BeforeEach
	void register() {
		this.received.events.clear();
		this.key = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 22);
		this.store.insert(this.key, "webex", "P1", "memberships", "created", null, SECRET);
	}

	@Test
	void deliveryWhenSignedThen200AndOneEventForTheOwner() throws Exception {
		double accepted = counter("webex.webhooks.accepted", null);
		HttpResponse<String> response = post(this.key, DELIVERY, WebhookSignature.sign(bytes(DELIVERY), SECRET));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.received.events).singleElement().satisfies((event) -> {
			assertThat(event.personId()).isEqualTo("P1");
			assertThat(event.event().id()).isEqualTo("W1");
			assertThat(event.event().data().id()).isEqualTo("MB1");
			assertThat(event.message()).isNull();
		});
		assertThat(deliveries()).isOne();
		assertThat(counter("webex.webhooks.accepted", null)).isEqualTo(accepted + 1);
	}

	@Test
	void deliveryWhenSameTwiceThenOneEvent() throws Exception {
		String signature = WebhookSignature.sign(bytes(DELIVERY), SECRET);
		assertThat(post(this.key, DELIVERY, signature).statusCode()).isEqualTo(200);
		assertThat(post(this.key, DELIVERY, signature).statusCode()).isEqualTo(200);
		String reformatted = DELIVERY.replace(",", ", ");
		assertThat(post(this.key, reformatted, WebhookSignature.sign(bytes(reformatted), SECRET)).statusCode())
			.as("the same event, signed as sent again").isEqualTo(200);
		assertThat(this.received.events).hasSize(1);
		assertThat(deliveries()).isOne();
	}

	@Test
	void deliveryWhenByteFlippedThen403NoEventNothingStored() throws Exception {
		double refused = counter("webex.webhooks.refused", "signature");
		byte[] body = bytes(DELIVERY);
		String signature = WebhookSignature.sign(body, SECRET);
		byte[] flipped = Arrays.copyOf(body, body.length);
		flipped[flipped.length - 5] ^= 0x01;
		HttpResponse<String> response = post(this.key, BodyPublishers.ofByteArray(flipped), signature);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).doesNotContain("W1").hasSizeLessThan(40);
		assertNothingHandled();
		assertThat(counter("webex.webhooks.refused", "signature")).isEqualTo(refused + 1);
	}

	@Test
	void deliveryWhenReserializedJsonThen403() throws Exception {
		String signature = WebhookSignature.sign(bytes(DELIVERY), SECRET);
		String sameContent = DELIVERY.replace(":", " : ").replace("{", "{ ");
		assertThat(post(this.key, sameContent, signature).statusCode()).isEqualTo(403);
		assertNothingHandled();
	}

	@Test
	void deliveryWhenNoSignatureThen403() throws Exception {
		assertThat(post(this.key, DELIVERY, null).statusCode()).isEqualTo(403);
		assertNothingHandled();
	}

	@Test
	void deliveryWhenSignedWithAnotherSecretThen403() throws Exception {
		assertThat(post(this.key, DELIVERY, WebhookSignature.sign(bytes(DELIVERY), "another-secret")).statusCode())
			.isEqualTo(403);
		assertNothingHandled();
	}

	@Test
	void deliveryWhenUnknownKeyThen404() throws Exception {
		double refused = counter("webex.webhooks.refused", "unknown");
		String signature = WebhookSignature.sign(bytes(DELIVERY), SECRET);
		assertThat(post("NoSuchRegistration0000", DELIVERY, signature).statusCode()).isEqualTo(404);
		assertThat(post("not/a/key", DELIVERY, signature).statusCode()).isEqualTo(404);
		assertNothingHandled();
		assertThat(counter("webex.webhooks.refused", "unknown")).isEqualTo(refused + 2);
	}

	@Test
	void deliveryWhenTooLargeThen413ByLengthOrByBytesRead() throws Exception {
		double refused = counter("webex.webhooks.refused", "too_large");
		String large = "{\"id\":\"W1\",\"pad\":\"" + "x".repeat(5000) + "\"}";
		String signature = WebhookSignature.sign(bytes(large), SECRET);
		assertThat(post(this.key, large, signature).statusCode()).as("Content-Length").isEqualTo(413);
		BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes(large)));
		assertThat(post(this.key, chunked, signature).statusCode()).as("no Content-Length").isEqualTo(413);
		assertNothingHandled();
		assertThat(counter("webex.webhooks.refused", "too_large")).isEqualTo(refused + 2);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void slowBodiesWhenMoreThanRequestThreadsThenPagesAnswerAndEachEndsRefusedAndClosed(CapturedOutput output)
			throws Exception { // I4
		SlowBodies.check(this.port, "/webex/webhooks", this.key, output);
	}

	@Test
	void deliveryWhenSignedButNotJsonThen400() throws Exception {
		double refused = counter("webex.webhooks.refused", "unreadable");
		String body = "not json at all";
		assertThat(post(this.key, body, WebhookSignature.sign(bytes(body), SECRET)).statusCode()).isEqualTo(400);
		assertNothingHandled();
		assertThat(counter("webex.webhooks.refused", "unreadable")).isEqualTo(refused + 1);
	}

	@Test
	void receiverWhenNotPostThen405() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(target(this.key)).GET().build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
	}

	@Test
	void newMessageWhenOwnerHasNoGrantThenEventWithoutMessage() throws Exception {
		String messageKey = this.key.substring(0, 20) + "mm";
		this.store.insert(messageKey, "webex", "P1", "messages", "created", null, SECRET);
		String body = "{\"id\":\"W2\",\"resource\":\"messages\",\"event\":\"created\","
				+ "\"data\":{\"id\":\"M1\",\"roomId\":\"R1\"}}";
		assertThat(post(messageKey, body, WebhookSignature.sign(bytes(body), SECRET)).statusCode()).isEqualTo(200);
		assertThat(this.received.events).singleElement().satisfies((event) -> {
			assertThat(event.event().resource()).isEqualTo("messages");
			assertThat(event.message()).isNull();
		});
	}

	@Test
	void otherPagesWhenNotSignedInThenStillSignIn() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/elsewhere"))
					.POST(BodyPublishers.ofString(DELIVERY))
					.build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).as("the host's chain: no CSRF token").isEqualTo(403);
	}

	private void assertNothingHandled() {
		assertThat(this.received.events).isEmpty();
		assertThat(deliveries()).isZero();
	}

	private long deliveries() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT COUNT(*) FROM webex_webhook_delivery WHERE registration_key = ?")
			.params(this.key)
			.query(Long.class)
			.single();
	}

	private double counter(String name, @Nullable String reason) {
		var search = this.meters.find(name);
		if (reason != null) {
			search = search.tag("reason", reason);
		}
		var counter = search.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private HttpResponse<String> post(String key, String body, @Nullable String signature) throws Exception {
		return post(key, BodyPublishers.ofString(body), signature);
	}

	private HttpResponse<String> post(String key, BodyPublisher body, @Nullable String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(target(key))
			.header("Content-Type", "application/json")
			.POST(body);
		if (signature != null) {
			request.header(WebhookSignature.HEADER, signature);
		}
		return this.http.send(request.build(), BodyHandlers.ofString());
	}

	private URI target(String key) {
		return URI.create("http://localhost:" + this.port + "/webex/webhooks/" + key);
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
