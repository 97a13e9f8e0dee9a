package io.webexkit.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.app.spaces.LiveStreams;
import io.webexkit.client.WebexClient;
import io.webexkit.client.WebhookSignature;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.Webhook;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexWebhookEvent;

import org.springframework.context.ApplicationListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL, and Webex can reach only A: its webhooks land on A, while the space page is open
 * on B. The notice crosses over PostgreSQL's {@code LISTEN/NOTIFY}, and B's stream shows the message; logging out or
 * disconnecting on A ends the stream on B. What anyone else sends on the channel does nothing. And one delivery that
 * reaches both instances (a redelivery behind a load balancer), one after the other or at the same moment, is handled
 * once: the table of handled deliveries is shared.
 */
class LiveAcrossInstancesIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static final JsonMapper json = JsonMapper.builder().build();

	static TestPostgres postgres;

	static StandaloneSimulator webex;

	static AppInstance a;

	static AppInstance b;

	@BeforeAll
	static void start() {
		postgres = TestPostgres.start();
		webex = StandaloneSimulator.start();
		int portA = TestPostgres.freePort();
		String redirectUri = "http://localhost:" + portA + "/oauth";
		webex.simulator()
			.registerClient("test-client", "test-secret", "Test", AppInstance.DEFAULT_SCOPES, Set.of(redirectUri));
		String key = AppInstance.randomTokenKey();
		a = AppInstance.start(properties(portA, redirectUri, key, portA));
		b = AppInstance.start(properties(0, redirectUri, key, portA));
	}

	static Map<String, String> properties(int port, String redirectUri, String key, int webhookPort) {
		Map<String, String> properties = AppInstance.onPostgres(postgres, webex, port, "test-client", redirectUri, key);
		properties.put("webex.webhooks.public-url", "http://localhost:" + webhookPort);
		// nothing calls Webex behind the tests' backs
		properties.put("webex.webhooks.reconcile-interval", "1h");
		return properties;
	}

	@AfterAll
	static void stop() {
		for (AutoCloseable closeable : new AutoCloseable[] { b, a, webex, postgres }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// keep closing the rest
			}
		}
	}

	private static double accepted(AppInstance instance) {
		Counter counter = instance.context().getBean(MeterRegistry.class).find("webex.webhooks.accepted").counter();
		return (counter != null) ? counter.count() : 0;
	}

	/** The Webex calls the instance made so far. */
	private static long webexCalls(AppInstance instance) {
		return instance.context()
			.getBean(MeterRegistry.class)
			.find("webex.api.requests")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	private static double dropped(AppInstance instance, String reason) {
		Counter counter = instance.context()
			.getBean(MeterRegistry.class)
			.find("webex.live.notices.dropped")
			.tag("reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void webhookReceivedByOneInstanceThenPageOpenOnTheOtherShowsTheMessage() throws Exception {
		Browser browser = new Browser(a.port());
		GrantFlow.connect(browser);
		String person = a.context().getBean(WebexGrants.class).connectedPeople().get(0);
		WebexClient client = a.context().getBean(WebexClients.class).forPerson(person);
		Room room = client.rooms().stream(RoomQuery.all()).findFirst().orElseThrow();

		assertThat(browser.get(b.url("/spaces/" + room.id())).body()).contains("data-live-src");
		try (EventStream stream = browser.stream(b.url("/spaces/" + room.id() + "/live"))) {
			assertThat(stream.next("ready", Duration.ofSeconds(5))).as("B's stream is open").isNotNull();
			long before = webex.simulator().webhookDeliveries();
			double acceptedByB = accepted(b);
			Message posted = client.messages()
				.create(MessageRequest.builder().roomId(room.id()).text("From A to B").build());

			EventStream.Event event = stream.next("message", Duration.ofSeconds(10));
			assertThat(event).as("the message on B's page").isNotNull();
			assertThat(event.id()).isEqualTo(posted.id());
			assertThat(event.data()).contains("From A to B");
			assertThat(webex.simulator().webhookDeliveries()).isGreaterThan(before);
			assertThat(accepted(a)).as("deliveries accepted by A").isPositive();
			assertThat(accepted(b)).as("deliveries accepted by B").isEqualTo(acceptedByB);
		}
	}

	@Test
	void deliveryWhenSentToAAndThenToBThenHandledOnceAndBSaysAlreadyHandled() throws Exception {
		Delivery delivery = undeliveredMessageEvent("Once, A then B");
		Handled handled = new Handled(delivery.messageId());

		HttpResponse<String> toA = delivery.sendTo(a);
		HttpResponse<String> toB = delivery.sendTo(b);

		assertThat(toA.statusCode()).isEqualTo(200);
		assertThat(toA.body()).isEqualTo("ok");
		assertThat(toB.statusCode()).isEqualTo(200);
		assertThat(toB.body()).isEqualTo("already handled");
		handled.assertOnceOutOf(2);
	}

	@Test
	void deliveryWhenSentToBothInstancesAtOnceThenExactlyOneHandlesIt() throws Exception {
		Delivery delivery = undeliveredMessageEvent("Once, both at once");
		Handled handled = new Handled(delivery.messageId());

		List<AppInstance> targets = List.of(a, b, a, b, a, b);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(targets.size());
		List<HttpResponse<String>> responses = new ArrayList<>();
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (AppInstance target : targets) {
				sent.add(pool.submit(() -> {
					go.await();
					return delivery.sendTo(target);
				}));
			}
			go.countDown();
			for (Future<HttpResponse<String>> response : sent) {
				responses.add(response.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
		assertThat(responses).extracting(HttpResponse::body).containsOnlyOnce("ok").containsOnly("ok", "already handled");
		handled.assertOnceOutOf(targets.size());
	}

	/**
	 * A message posted at the simulated Webex whose webhook delivery A refused (a tampered signature, so nothing was
	 * recorded), and that event as Webex delivers it, signed with the webhook's secret: an event nobody handled yet.
	 */
	private static Delivery undeliveredMessageEvent(String text) {
		Browser browser = new Browser(a.port());
		GrantFlow.connect(browser);
		String person = a.context().getBean(WebexGrants.class).connectedPeople().get(0);
		WebexClient client = a.context().getBean(WebexClients.class).forPerson(person);
		Webhook webhook = client.webhooks()
			.stream()
			.filter((hook) -> hook.targetUrl() != null && hook.targetUrl().startsWith(a.url("/")))
			.findFirst()
			.orElseThrow();
		Room room = client.rooms().stream(RoomQuery.all()).findFirst().orElseThrow();
		webex.simulator().behavior().setTamperWebhookSignatures(true);
		Message posted;
		try {
			posted = client.messages().create(MessageRequest.builder().roomId(room.id()).text(text).build());
			assertThat(webex.simulator().awaitWebhookDeliveries(Duration.ofSeconds(10))).isTrue();
		}
		finally {
			webex.simulator().behavior().setTamperWebhookSignatures(false);
		}
		String body = "{\"id\":\"" + webhook.id() + "\",\"name\":\"" + webhook.name() + "\",\"targetUrl\":\""
				+ webhook.targetUrl() + "\",\"resource\":\"messages\",\"event\":\"created\",\"orgId\":\""
				+ webhook.orgId() + "\",\"createdBy\":\"" + webhook.createdBy() + "\",\"appId\":\"" + webhook.appId()
				+ "\",\"ownedBy\":\"creator\",\"status\":\"active\",\"actorId\":\"" + person + "\",\"created\":\""
				+ webhook.created() + "\",\"data\":{\"id\":\"" + posted.id() + "\",\"roomId\":\"" + room.id()
				+ "\",\"personId\":\"" + person + "\",\"personEmail\":\"" + posted.personEmail() + "\",\"created\":\""
				+ posted.created() + "\"}}";
		return new Delivery(posted.id(), URI.create(webhook.targetUrl()).getPath(), body.getBytes(StandardCharsets.UTF_8),
				WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), webhook.secret()));
	}

	/** One signed delivery, to be sent to any instance's receiver. */
	private record Delivery(String messageId, String path, byte[] body, String signature) {

		HttpResponse<String> sendTo(AppInstance instance) throws Exception {
			return HTTP.send(HttpRequest.newBuilder(URI.create(instance.url(this.path)))
				.header("Content-Type", "application/json; charset=utf-8")
				.header(WebhookSignature.HEADER, this.signature)
				.POST(HttpRequest.BodyPublishers.ofByteArray(this.body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	/** What both instances did with deliveries of one message: their counters, their listeners, the shared table. */
	private static final class Handled {

		private final String messageId;

		private final double accepted = accepted(a) + accepted(b);

		private final double duplicates = duplicates(a) + duplicates(b);

		private final List<WebexWebhookEvent> published = new CopyOnWriteArrayList<>();

		private final ApplicationListener<WebexWebhookEvent> listener = this.published::add;

		Handled(String messageId) {
			this.messageId = messageId;
			a.context().addApplicationListener(this.listener);
			b.context().addApplicationListener(this.listener);
		}

		void assertOnceOutOf(int deliveries) {
			a.context().removeApplicationListener(this.listener);
			b.context().removeApplicationListener(this.listener);
			assertThat(accepted(a) + accepted(b) - this.accepted).as("accepted by A and B").isEqualTo(1);
			assertThat(duplicates(a) + duplicates(b) - this.duplicates).as("recognised as already handled")
				.isEqualTo(deliveries - 1);
			assertThat(this.published).as("events the apps' listeners got about the message")
				.filteredOn((event) -> this.messageId.equals(event.event().data().id()))
				.singleElement()
				.satisfies((event) -> assertThat(event.message()).isNotNull());
			assertThat(postgres.webex()
				.sql("SELECT COUNT(*) FROM webex_webhook_delivery WHERE data_id = ?")
				.param(this.messageId)
				.query(Long.class)
				.single()).as("deliveries recorded in the shared table").isOne();
		}

	}

	private static double duplicates(AppInstance instance) {
		Counter counter = instance.context().getBean(MeterRegistry.class).find("webex.webhooks.duplicates").counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void logoutOnOneInstanceThenThePersonsStreamOnTheOtherEndsAtOnce() throws Exception { // F2
		Browser browser = new Browser(a.port());
		Room room = connectedRoom(browser);
		try (EventStream stream = ready(browser, room)) {
			assertThat(browser.post(a.url("/logout"), Map.of("_csrf", csrf(browser))).statusCode()).isEqualTo(302);

			assertThat(stream.awaitEnd(Duration.ofSeconds(10))).isTrue();
		}
	}

	@Test
	void disconnectOnOneInstanceThenThePersonsStreamOnTheOtherEndsAtOnce() throws Exception {
		Browser browser = new Browser(a.port());
		Room room = connectedRoom(browser);
		try (EventStream stream = ready(browser, room)) {
			assertThat(browser.post(a.url("/disconnect"), Map.of("_csrf", csrf(browser))).statusCode())
				.isEqualTo(302);

			assertThat(stream.awaitEnd(Duration.ofSeconds(10))).isTrue();
		}
	}

	@Test
	void sessionsEndedWhileTheNoticeWasLostThenTheOtherInstancesNextHeartbeatEndsTheStream() throws Exception {
		Browser browser = new Browser(a.port());
		Room room = connectedRoom(browser);
		String person = a.context().getBean(WebexGrants.class).connectedPeople().get(0);
		try (EventStream stream = ready(browser, room)) {
			// what logging out writes, without its notice
			postgres.webex()
				.sql("INSERT INTO person_session (person_id, valid_since) VALUES (?, now()) "
						+ "ON CONFLICT (person_id) DO UPDATE SET valid_since = now()")
				.param(person)
				.update();
			LiveStreams.heartbeat(b.context());

			assertThat(stream.awaitEnd(Duration.ofSeconds(10))).isTrue();
		}
	}

	@Test
	void noticesSentByARoleThatMayOnlyConnectThenNoRowAndNoWebexCall() throws Exception {
		Browser browser = new Browser(a.port());
		Room room = connectedRoom(browser);
		String person = a.context().getBean(WebexGrants.class).connectedPeople().get(0);
		WebexClient client = a.context().getBean(WebexClients.class).forPerson(person);
		try (ChannelIntruder intruder = ChannelIntruder.listen(postgres, "webex_live");
				EventStream stream = ready(browser, room)) {
			long callsBefore = webexCalls(b);
			Message first = client.messages().create(MessageRequest.builder().roomId(room.id()).text("Once").build());
			assertThat(stream.next("message", Duration.ofSeconds(10))).extracting(EventStream.Event::id)
				.isEqualTo(first.id());
			long callsPerPush = webexCalls(b) - callsBefore;
			String heard = intruder.heard(first.id(), Duration.ofSeconds(10));
			assertThat(heard).as("the notice A sent, as anyone listening hears it").isNotNull();

			double[] droppedBefore = { dropped(b, "malformed"), dropped(b, "unauthenticated"), dropped(b, "duplicate") };
			long callsAfterFirst = webexCalls(b);
			List<String> signed = json.readValue(heard, new TypeReference<List<String>>() {
			});
			for (int i = 0; i < 3; i++) {
				// as the notices were before they were signed
				intruder.send(json.writeValueAsString(List.of("intruder", person, room.id(), first.id())));
				// signed, but not by the app: another message than the signature is for
				List<String> altered = new ArrayList<>(signed);
				altered.set(2, "forged-" + i);
				intruder.send(json.writeValueAsString(altered));
				// heard, and sent again
				intruder.send(heard);
			}
			Message after = client.messages().create(MessageRequest.builder().roomId(room.id()).text("After").build());

			assertThat(stream.next("message", Duration.ofSeconds(10))).as("the row after the intruder's notices")
				.extracting(EventStream.Event::id)
				.isEqualTo(after.id());
			assertThat(webexCalls(b) - callsAfterFirst).as("B's Webex calls: the new message's push only")
				.isEqualTo(callsPerPush);
			assertThat(new double[] { dropped(b, "malformed"), dropped(b, "unauthenticated"),
					dropped(b, "duplicate") })
				.containsExactly(droppedBefore[0] + 3, droppedBefore[1] + 3, droppedBefore[2] + 3);
		}
	}

	/** Connects the browser's person on A; their first space. */
	private static Room connectedRoom(Browser browser) {
		GrantFlow.connect(browser);
		String person = a.context().getBean(WebexGrants.class).connectedPeople().get(0);
		WebexClient client = a.context().getBean(WebexClients.class).forPerson(person);
		return client.rooms().stream(RoomQuery.all()).findFirst().orElseThrow();
	}

	/** The browser's stream of the space on B, once live. */
	private static EventStream ready(Browser browser, Room room) throws InterruptedException {
		EventStream stream = browser.stream(b.url("/spaces/" + room.id() + "/live"));
		assertThat(stream.next("ready", Duration.ofSeconds(10))).as("B's stream is open").isNotNull();
		return stream;
	}

	private static String csrf(Browser browser) {
		return Browser.hiddenInputs(browser.get(a.url("/")).body()).get("_csrf");
	}

}
