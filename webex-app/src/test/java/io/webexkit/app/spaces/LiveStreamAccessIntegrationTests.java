package io.webexkit.app.spaces;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.Browser;
import io.webexkit.app.EventStream;
import io.webexkit.app.ReceivedWebhooks;
import io.webexkit.app.WebhooksIntegrationTest;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.WebexClients;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live stream lives only as long as what allowed it when it opened: the session it was opened in, and the person's
 * grant. Each end is seen from the outside, on real streams: logging out, disconnecting, Webex revoking the grant,
 * and ends that reach this instance without any notice (another instance ended the sessions, or deleted the grant),
 * caught by the next delivery or the next heartbeat. A stream of a space the person cannot read never opens.
 */
@WebhooksIntegrationTest
class LiveStreamAccessIntegrationTests {

	static final int PORT = ReceivedWebhooks.sharedPort();

	static final Duration SOON = Duration.ofSeconds(10);

	@Autowired
	WebexSimulator simulator;

	@Autowired
	WebexClients clients;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationContext app;

	String person;

	Room room;

	@BeforeEach
	void person() {
		this.person = this.simulator.users().get(0).id();
	}

	@Test
	void streamWhenItsPersonLogsOutThenEveryStreamOfTheirsEndsAtOnce() throws Exception { // F2
		Browser browser = signedIn();
		Browser elsewhere = signedIn();
		try (EventStream here = ready(browser); EventStream there = ready(elsewhere)) {
			HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", csrf(browser)));
			assertThat(logout.statusCode()).isEqualTo(302);

			assertThat(here.awaitEnd(SOON)).as("the stream of the browser that logged out").isTrue();
			assertThat(there.awaitEnd(SOON)).as("the stream of the person's other browser").isTrue();
		}
	}

	@Test
	void streamWhenItsPersonDisconnectsThenEndsAtOnce() throws Exception {
		Browser browser = signedIn();
		try (EventStream stream = ready(browser)) {
			HttpResponse<String> disconnect = browser.post("/disconnect", Map.of("_csrf", csrf(browser)));
			assertThat(disconnect.statusCode()).isEqualTo(302);

			assertThat(stream.awaitEnd(SOON)).isTrue();
		}
		try (EventStream again = browser.stream("/spaces/" + this.room.id() + "/live")) {
			assertThat(again.response().statusCode()).as("the browser's next try, still signed in").isEqualTo(404);
		}
	}

	@Test
	void streamWhenWebexRevokedTheGrantThenTheNextMessageIsNotShownAndEndsIt() throws Exception {
		Browser browser = signedIn();
		try (EventStream stream = ready(browser)) {
			this.simulator.revokeGrants(this.person);
			this.simulator.postMessage(this.person, this.room.id(), "Posted after the grant was revoked");

			assertThat(stream.awaitEnd(SOON)).isTrue();
			assertThat(stream.next(Duration.ZERO)).as("anything after ready").isNull();
		}
	}

	@Test
	void streamWhenSessionsWereEndedWithoutANoticeHereThenTheNextMessageIsNotShownAndEndsIt() throws Exception {
		Browser browser = signedIn();
		try (EventStream stream = ready(browser)) {
			endSessionsAsAnotherInstanceWould();
			this.simulator.postMessage(this.person, this.room.id(), "Posted after logging out elsewhere");

			assertThat(stream.awaitEnd(SOON)).isTrue();
			assertThat(stream.next(Duration.ZERO)).as("anything after ready").isNull();
		}
	}

	@Test
	void streamWhenSessionsWereEndedWithoutANoticeHereThenTheNextHeartbeatEndsIt() throws Exception {
		Browser browser = signedIn();
		try (EventStream stream = ready(browser)) {
			endSessionsAsAnotherInstanceWould();
			LiveStreams.heartbeat(this.app);

			assertThat(stream.awaitEnd(SOON)).isTrue();
		}
	}

	@Test
	void streamWhenTheGrantWasDeletedWithoutANoticeHereThenTheNextHeartbeatEndsIt() throws Exception {
		Browser browser = signedIn();
		try (EventStream stream = ready(browser)) {
			// as another instance's keeper does with a grant Webex refused
			jdbc().sql("DELETE FROM webex_grant WHERE person_id = ?").param(this.person).update();
			LiveStreams.heartbeat(this.app);

			assertThat(stream.awaitEnd(SOON)).isTrue();
		}
	}

	@Test
	void streamOfASpaceThePersonIsNotInThen404AndNoneOfTheirOpenStreamsEnds() throws Exception {
		Browser browser = signedIn();
		String notTheirs = this.simulator.createSpace("Not theirs", this.simulator.users().get(1).id());
		List<EventStream> streams = new ArrayList<>();
		try {
			for (int i = 0; i < LiveStreams.perPerson(); i++) {
				streams.add(ready(browser));
			}
			try (EventStream refused = browser.stream("/spaces/" + notTheirs + "/live")) {
				assertThat(refused.response().statusCode()).isEqualTo(404);
			}
			String posted = this.simulator.postMessage(this.person, this.room.id(), "Still live");
			EventStream.Event event = streams.get(0).next("message", SOON);
			assertThat(event).as("the person's oldest stream still delivers").isNotNull();
			assertThat(event.id()).isEqualTo(posted);
		}
		finally {
			streams.forEach(EventStream::close);
		}
	}

	/** A browser signed in as the person, who has granted the app access. */
	private Browser signedIn() {
		Browser browser = new Browser(PORT);
		GrantFlow.connect(browser, this.person);
		this.room = this.clients.forPerson(this.person).rooms().stream(RoomQuery.all()).findFirst().orElseThrow();
		return browser;
	}

	/** The browser's stream of the room, once it said it is live. */
	private EventStream ready(Browser browser) throws InterruptedException {
		EventStream stream = browser.stream("/spaces/" + this.room.id() + "/live");
		assertThat(stream.response().statusCode()).isEqualTo(200);
		assertThat(stream.next("ready", SOON)).isNotNull();
		return stream;
	}

	private static String csrf(Browser browser) {
		return Browser.hiddenInputs(browser.get("/").body()).get("_csrf");
	}

	/** What logging out on another instance writes, when its notice never reaches this one. */
	private void endSessionsAsAnotherInstanceWould() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		if (jdbc().sql("UPDATE person_session SET valid_since = ? WHERE person_id = ?").params(now, this.person)
			.update() == 0) {
			jdbc().sql("INSERT INTO person_session (person_id, valid_since) VALUES (?, ?)")
				.params(this.person, now)
				.update();
		}
	}

	private JdbcClient jdbc() {
		return JdbcClient.create(this.dataSource);
	}

}
