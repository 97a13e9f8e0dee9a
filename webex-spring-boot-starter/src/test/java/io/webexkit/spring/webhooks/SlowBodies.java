package io.webexkit.spring.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.webexkit.spring.SlowSenders;
import io.webexkit.spring.SlowSenders.Outcome;

import org.springframework.boot.test.system.CapturedOutput;

import static io.webexkit.spring.SlowSenders.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 250 connections trickling request bodies into a host app of the starter, never finishing them, more than Tomcat
 * has request threads (200): to unknown webhook keys, to a registration's key, as forms posted by nobody signed in,
 * and to addresses Spring Security's firewall refuses. The host must keep answering, and each slow connection end as
 * documented. The host sets {@code webex.unauthenticated-bodies.deadline=5s}: long enough for all 250 to be under
 * way before the first turn comes free, so no more bodies than there are turns are read.
 */
final class SlowBodies {

	/** {@code webex.unauthenticated-bodies.concurrency}'s default. */
	private static final int TURNS = 16;

	private SlowBodies() {
	}

	static void check(int port, String receiverPath, String knownKey, CapturedOutput output) throws Exception {
		List<String> requests = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			String unknown = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
			requests.add(post(receiverPath + "/" + unknown, "application/json"));
		}
		for (int i = 0; i < 30; i++) {
			requests.add(post(receiverPath + "/" + knownKey, "application/json"));
		}
		for (int i = 0; i < 100; i++) {
			requests.add(post("/elsewhere", "application/x-www-form-urlencoded"));
		}
		for (int i = 0; i < 20; i++) {
			requests.add(post("/elsewhere;x=" + i, "application/x-www-form-urlencoded"));
		}
		try (SlowSenders senders = SlowSenders.start(port, requests, Duration.ofSeconds(30))) {
			assertThat(SlowSenders.page(port, "/")).as("sign-in redirect, while 250 bodies trickle in").isEqualTo(302);
			List<Outcome> outcomes = senders.outcomes();
			assertThat(outcomes.subList(0, 100)).as("unknown keys: refused unread, the thread let go at once")
				.allSatisfy((outcome) -> assertThat(outcome).hasToString("404 closed"));
			assertThat(output.getAll().lines().filter((line) -> line.contains("refused with 404 (unknown)")))
				.as("one INFO line a minute for a reason, however many refusals").hasSizeLessThanOrEqualTo(1);
			SlowSenders.assertReadInTurnsOrRefusedBusy(outcomes.subList(100, 130), TURNS, "5",
					"a registration's key: the receiver's own turns");
			SlowSenders.assertReadInTurnsOrRefusedBusy(outcomes.subList(130, 230), TURNS, "5",
					"forms from nobody signed in: the chain's turns");
			assertThat(outcomes.subList(230, 250)).as("refused by the firewall, before any chain: unread too")
				.allSatisfy((outcome) -> assertThat(outcome).hasToString("400 closed"));
		}
	}

}
