package io.webexkit.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.client.WebexClient;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.WebhookStatus;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexWebhooks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webex's disabling rule, end to end on the simulated Webex: 100 deliveries the app refuses (their signatures were
 * tampered with) within five minutes turn the person's webhook off; the keeper's reconciliation turns it back on, but
 * only five minutes after it first saw it off, and events flow again. Both the simulator and the app run on the
 * test's clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class WebhookReactivationIntegrationTests {

	static final int PORT = TestPostgres.freePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ReceivedWebhooks.deliverTo(registry, PORT);
		// the test runs each pass itself
		registry.add("webex.webhooks.reconcile-interval", () -> "1h");
	}

	@Autowired
	WebexGrants grants;

	@Autowired
	WebexClients clients;

	@Autowired
	WebexWebhooks webhooks;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	TestClock clock;

	@Autowired
	ReceivedWebhooks received;

	@AfterEach
	void reset() {
		this.simulator.behavior().setTamperWebhookSignatures(false);
	}

	@Test
	void webhookDisabledAfterHundredFailedDeliveriesThenKeeperReactivatesItAfterFiveMinutes() throws Exception {
		GrantFlow.connect(new Browser(PORT));
		String person = this.grants.connectedPeople().get(0);
		String webhookId = this.webhooks.registrations(person).get(0).webhookId();
		WebexClient webex = this.clients.forPerson(person);
		Room room = webex.rooms().stream(RoomQuery.all()).findFirst().orElseThrow();

		this.simulator.behavior().setTamperWebhookSignatures(true);
		for (int i = 0; i < 100; i++) {
			webex.messages().create(MessageRequest.builder().roomId(room.id()).text("refused " + i).build());
		}
		awaitDeliveries();
		assertThat(this.simulator.failedWebhookDeliveries()).isGreaterThanOrEqualTo(100);
		assertThat(webex.webhooks().get(webhookId).status()).isEqualTo(WebhookStatus.INACTIVE);
		this.simulator.behavior().setTamperWebhookSignatures(false);

		this.webhooks.reconcile(person);
		this.clock.advance(Duration.ofMinutes(4));
		this.webhooks.reconcile(person);
		assertThat(webex.webhooks().get(webhookId).status()).as("still inside Webex's five minutes")
			.isEqualTo(WebhookStatus.INACTIVE);
		Message lost = post(webex, room, "sent while off");
		awaitDeliveries();
		assertThat(this.received.about(lost.id())).as("an inactive webhook gets nothing").isEmpty();

		this.clock.advance(Duration.ofMinutes(1));
		this.webhooks.reconcile(person);
		assertThat(webex.webhooks().get(webhookId).status()).isEqualTo(WebhookStatus.ACTIVE);
		Message back = post(webex, room, "after reactivation");
		awaitDeliveries();
		assertThat(this.received.about(back.id())).singleElement()
			.satisfies((event) -> assertThat(event.message().text()).isEqualTo("after reactivation"));
	}

	private static Message post(WebexClient webex, Room room, String text) {
		return webex.messages().create(MessageRequest.builder().roomId(room.id()).text(text).build());
	}

	private void awaitDeliveries() {
		assertThat(this.simulator.awaitWebhookDeliveries(Duration.ofSeconds(30))).isTrue();
	}

	@TestConfiguration
	@Import(ReceivedWebhooks.class)
	static class Beans {

		@Bean
		@Primary
		TestClock testClock() {
			// nanoseconds a database rounds up if it keeps microseconds: the five minutes must still be up on time
			return new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusNanos(999_999_999));
		}

	}

	/** A clock that stands still until the test moves it. */
	static final class TestClock extends Clock {

		private volatile Instant now;

		TestClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
