package io.webexkit.app.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.spring.SlowSenders;
import io.webexkit.spring.SlowSenders.Outcome;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.webexkit.spring.SlowSenders.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 250 connections trickling bodies into the app, never finishing them, more than Tomcat has request threads (200):
 * forms to {@code /disconnect} and {@code /logout} from nobody signed in, JSON to the webhook path. The app reads each
 * body ahead of anything else only with one of the starter's turns, so the home page keeps answering.
 */
@AppIntegrationTest
class SlowBodiesIntegrationTests {

	/** {@code webex.unauthenticated-bodies.concurrency} and {@code .deadline}, their defaults. */
	private static final int TURNS = 16;

	@LocalServerPort
	int port;

	@Test
	void slowBodiesWhenMoreThanRequestThreadsThenHomePageAnswersAndEachEndsRefusedAndClosed() throws Exception { // I4
		List<String> requests = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			requests.add(switch (i % 5) {
				case 0 -> post("/webex/webhooks/" + UUID.randomUUID().toString().substring(0, 22), "application/json");
				case 1 -> post("/logout", "application/x-www-form-urlencoded");
				default -> post("/disconnect", "application/x-www-form-urlencoded");
			});
		}
		try (SlowSenders senders = SlowSenders.start(this.port, requests, Duration.ofSeconds(40))) {
			assertThat(SlowSenders.page(this.port, "/")).as("the home page, while 250 bodies trickle in").isEqualTo(200);
			List<Outcome> outcomes = senders.outcomes();
			SlowSenders.assertReadInTurnsOrRefusedBusy(outcomes, TURNS, "10", "bodies from nobody signed in");
		}
	}

}
