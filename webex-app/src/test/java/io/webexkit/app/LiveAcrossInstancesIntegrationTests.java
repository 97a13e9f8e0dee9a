package io.webexkit.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexGrants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL, and Webex can reach only A: its webhooks land on A, while the space page is open
 * on B. The notice crosses over PostgreSQL's {@code LISTEN/NOTIFY}, and B's stream shows the message; logging out or
 * disconnecting on A ends the stream on B. What anyone else sends on the channel does nothing.
 */
class LiveAcrossInstancesIntegrationTests {

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
			Message posted = client.messages()
				.create(MessageRequest.builder().roomId(room.id()).text("From A to B").build());

			EventStream.Event event = stream.next("message", Duration.ofSeconds(10));
			assertThat(event).as("the message on B's page").isNotNull();
			assertThat(event.id()).isEqualTo(posted.id());
			assertThat(event.data()).contains("From A to B");
			assertThat(webex.simulator().webhookDeliveries()).isGreaterThan(before);
			assertThat(accepted(a)).as("deliveries accepted by A").isPositive();
			assertThat(accepted(b)).as("deliveries accepted by B").isZero();
		}
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
