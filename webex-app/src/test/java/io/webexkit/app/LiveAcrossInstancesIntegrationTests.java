package io.webexkit.app;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
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
 * on B. The notice crosses over PostgreSQL's {@code LISTEN/NOTIFY}, and B's stream shows the message.
 */
class LiveAcrossInstancesIntegrationTests {

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

}
