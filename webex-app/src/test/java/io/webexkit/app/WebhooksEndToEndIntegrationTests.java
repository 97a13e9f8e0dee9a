package io.webexkit.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.client.WebexClient;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexGrants;
import io.webexkit.spring.WebexWebhooks;
import io.webexkit.spring.WebhookRegistration;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole webhook chain on one machine, with nothing stood in: a person GRANTs, the starter registers their
 * webhook at the simulated Webex (pointing back at this app), a message is posted through Webex's API, the simulated
 * Webex signs and delivers the event, the receiver checks it and reads the message by id with the person's token.
 */
@WebhooksIntegrationTest
class WebhooksEndToEndIntegrationTests {

	static final int PORT = ReceivedWebhooks.sharedPort();

	@Autowired
	WebexGrants grants;

	@Autowired
	WebexClients clients;

	@Autowired
	WebexWebhooks webhooks;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	ReceivedWebhooks received;

	@Test
	void messagePostedWhenTheOwnerGrantedThenItsEventArrivesSignedWithTheMessage() throws Exception {
		assertThat(GrantFlow.connect(new Browser(PORT)).body()).contains("Your spaces");
		List<String> people = this.grants.connectedPeople();
		assertThat(people).hasSize(1);
		String person = people.get(0);
		List<WebhookRegistration> registrations = this.webhooks.registrations(person);
		assertThat(registrations).singleElement().satisfies((registration) -> {
			assertThat(registration.resource()).isEqualTo("messages");
			assertThat(registration.webhookId()).isNotNull();
		});

		WebexClient webex = this.clients.forPerson(person);
		Room room = webex.rooms().stream(RoomQuery.all()).findFirst().orElseThrow();
		Message posted = webex.messages().create(MessageRequest.builder().roomId(room.id()).text("Hello, webhook").build());

		await().atMost(Duration.ofSeconds(15)).until(() -> !this.received.about(posted.id()).isEmpty());
		assertThat(this.received.about(posted.id())).singleElement().satisfies((event) -> {
			assertThat(event.personId()).isEqualTo(person);
			assertThat(event.event().resource()).isEqualTo("messages");
			assertThat(event.event().data().id()).isEqualTo(posted.id());
			assertThat(event.message()).isNotNull();
			assertThat(event.message().text()).isEqualTo("Hello, webhook");
		});
	}

	@Test
	void messagePostedWhileTheSpacePageIsOpenThenItsStreamDeliversTheRenderedRow() throws Exception {
		Browser browser = new Browser(PORT);
		GrantFlow.connect(browser);
		String person = this.grants.connectedPeople().get(0);
		WebexClient webex = this.clients.forPerson(person);
		Room room = webex.rooms().stream(RoomQuery.all()).findFirst().orElseThrow();
		String page = browser.get("/spaces/" + room.id()).body();
		assertThat(page).contains("data-live-src=\"/spaces/" + room.id() + "/live?since=");

		try (EventStream stream = browser.stream("/spaces/" + room.id() + "/live")) {
			assertThat(stream.response().statusCode()).isEqualTo(200);
			assertThat(stream.response().headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("text/event-stream"));
			assertThat(stream.next("ready", Duration.ofSeconds(5))).isNotNull();
			Message posted = webex.messages()
				.create(MessageRequest.builder().roomId(room.id()).text("<b>live</b> & well").build());

			EventStream.Event event = stream.next("message", Duration.ofSeconds(10));
			assertThat(event).isNotNull();
			assertThat(event.id()).isEqualTo(posted.id());
			assertThat(event.data()).contains("\"id\":\"" + posted.id() + "\"")
				.contains("&lt;b&gt;live&lt;/b&gt; &amp; well")
				.doesNotContain("<b>live");
		}
	}

	@Test
	void messagesPostedBeforeTheStreamOpensThenSentFirstFromThePagesNewestOrTheLastEventId() throws Exception {
		Browser browser = new Browser(PORT);
		GrantFlow.connect(browser);
		String person = this.grants.connectedPeople().get(0);
		WebexClient webex = this.clients.forPerson(person);
		Room room = webex.rooms().stream(RoomQuery.all()).findFirst().orElseThrow();
		Matcher live = Pattern.compile("data-live-src=\"([^\"]+)\"").matcher(browser.get("/spaces/" + room.id()).body());
		assertThat(live.find()).isTrue();
		String liveSrc = live.group(1).replace("&amp;", "&");
		assertThat(liveSrc).contains("?since=");

		Message missed = webex.messages().create(MessageRequest.builder().roomId(room.id()).text("while away").build());
		assertThat(this.simulator.awaitWebhookDeliveries(Duration.ofSeconds(10))).isTrue();
		// the page adds a row once per id: a message may come twice (caught up, and pushed as it arrives)
		try (EventStream stream = browser.stream(liveSrc)) {
			assertThat(stream.next("ready", Duration.ofSeconds(5))).isNotNull();
			assertThat(stream.all("message", Duration.ofSeconds(2))).extracting(EventStream.Event::id)
				.as("the message posted after the page was made, and nothing older")
				.containsOnly(missed.id());
		}

		Message later = webex.messages().create(MessageRequest.builder().roomId(room.id()).text("reconnecting").build());
		assertThat(this.simulator.awaitWebhookDeliveries(Duration.ofSeconds(10))).isTrue();
		try (EventStream stream = browser.stream(liveSrc, Map.of("Last-Event-ID", missed.id()))) {
			assertThat(stream.next("ready", Duration.ofSeconds(5))).isNotNull();
			assertThat(stream.all("message", Duration.ofSeconds(2))).extracting(EventStream.Event::id)
				.as("the message after the last one the previous stream sent, and none it had sent")
				.containsOnly(later.id());
		}
	}

	@Test
	void streamOfAnotherSpaceThenGetsNothingFromThisOne() throws Exception {
		Browser browser = new Browser(PORT);
		GrantFlow.connect(browser);
		String person = this.grants.connectedPeople().get(0);
		WebexClient webex = this.clients.forPerson(person);
		List<Room> rooms = webex.rooms().stream(RoomQuery.all()).limit(2).toList();
		try (EventStream stream = browser.stream("/spaces/" + rooms.get(1).id() + "/live")) {
			assertThat(stream.next("ready", Duration.ofSeconds(5))).isNotNull();
			webex.messages().create(MessageRequest.builder().roomId(rooms.get(0).id()).text("elsewhere").build());
			assertThat(stream.next("message", Duration.ofSeconds(2))).isNull();
		}
	}

	@Test
	void streamWithoutSignInThenRefused() {
		try (EventStream stream = new Browser(PORT).stream("/spaces/Y2lzY29zcGFyazovL3VzL1JPT00vMQ/live")) {
			assertThat(stream.response().statusCode()).isEqualTo(302);
		}
	}


}
