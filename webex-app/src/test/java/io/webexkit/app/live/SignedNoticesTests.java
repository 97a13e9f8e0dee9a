package io.webexkit.app.live;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.spring.TokenKeyRing;

import static org.assertj.core.api.Assertions.assertThat;

/** Notices between instances: only what an instance of the same key ring signed, recently, and once. */
class SignedNoticesTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final String OLD_KEY = key();

	private static final String NEW_KEY = key();

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private final SignedNotices receiver = notices(NEW_KEY + "," + OLD_KEY, NOW, this.meters);

	@Test
	void decodeWhenSignedByAnotherInstanceOfTheRingThenEveryKindComesThroughWithItsOrigin() {
		SignedNotices sender = notices(NEW_KEY + "," + OLD_KEY, NOW, new SimpleMeterRegistry());
		List<LiveNotice> notices = List.of(new LiveNotice.NewMessage("person", "room", "message"),
				new LiveNotice.SessionsEnded("person", NOW.minusMillis(1)), new LiveNotice.GrantGone("person"));

		for (LiveNotice notice : notices) {
			assertThat(this.receiver.decode(sender.encode("instance-a", notice)))
				.hasValue(new SignedNotices.Received("instance-a", notice));
		}
		assertThat(dropped()).isZero();
	}

	@Test
	void decodeWhenAnySignedFieldIsChangedThenDroppedAsUnauthenticated() {
		List<String> fields = fields(notices(NEW_KEY, NOW, new SimpleMeterRegistry()).encode("a",
				new LiveNotice.NewMessage("person", "room", "message")));

		for (int i = 0; i < fields.size(); i++) {
			List<String> altered = new ArrayList<>(fields);
			altered.set(i, altered.get(i) + "x");
			assertThat(this.receiver.decode(json.writeValueAsString(altered))).as("field %d changed", i).isEmpty();
		}
		assertThat(dropped("unauthenticated")).isEqualTo(fields.size());
	}

	@Test
	void decodeWhenSignedWithTheOlderKeyOfTheRingThenAcceptedAndWithAKeyNotInTheRingThenDropped() {
		LiveNotice notice = new LiveNotice.GrantGone("person");

		assertThat(this.receiver.decode(notices(OLD_KEY, NOW, new SimpleMeterRegistry()).encode("a", notice)))
			.isPresent();
		assertThat(this.receiver.decode(notices(key(), NOW, new SimpleMeterRegistry()).encode("a", notice))).isEmpty();
		assertThat(dropped("unauthenticated")).isEqualTo(1);
	}

	@Test
	void decodeWhenSentLongerAgoOrLaterThanTheWindowThenDroppedAsStale() {
		LiveNotice notice = new LiveNotice.GrantGone("person");
		Duration beyond = SignedNotices.WINDOW.plusSeconds(1);

		for (Instant sentAt : List.of(NOW.minus(beyond), NOW.plus(beyond))) {
			assertThat(this.receiver.decode(notices(NEW_KEY, sentAt, new SimpleMeterRegistry()).encode("a", notice)))
				.isEmpty();
		}
		assertThat(this.receiver.decode(notices(NEW_KEY, NOW.minus(SignedNotices.WINDOW), new SimpleMeterRegistry())
			.encode("a", notice))).isPresent();
		assertThat(dropped("stale")).isEqualTo(2);
	}

	@Test
	void decodeWhenTheSameNoticeComesAgainThenDroppedAsDuplicate() {
		String payload = notices(NEW_KEY, NOW, new SimpleMeterRegistry()).encode("a",
				new LiveNotice.NewMessage("person", "room", "message"));

		assertThat(this.receiver.decode(payload)).isPresent();
		for (int i = 0; i < 5; i++) {
			assertThat(this.receiver.decode(payload)).isEmpty();
		}
		assertThat(dropped("duplicate")).isEqualTo(5);
	}

	@Test
	void decodeWhenMoreNoticesThanRememberedThenKeepsAcceptingNewOnesAndRefusingTheLatestAgain() {
		SignedNotices sender = notices(NEW_KEY, NOW, new SimpleMeterRegistry());
		SignedNotices small = new SignedNotices(TokenKeyRing.load(NEW_KEY, Path.of("unused"), false),
				Clock.fixed(NOW, ZoneOffset.UTC), this.meters, 3);
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			sent.add(sender.encode("a", new LiveNotice.GrantGone("person")));
			assertThat(small.decode(sent.get(i))).isPresent();
		}

		assertThat(sent.subList(2, 5)).allSatisfy((payload) -> assertThat(small.decode(payload)).isEmpty());
		assertThat(dropped("duplicate")).isEqualTo(3);
	}

	@Test
	void decodeWhenNotASignedNoticeThenDroppedAsMalformed() {
		for (String payload : List.of("", "not json", "{}", "[]", "[\"a\",\"person\",\"room\",\"message\"]",
				"[1,2,3,4,5,6,7,8,9,10]")) {
			assertThat(this.receiver.decode(payload)).as(payload).isEmpty();
		}
		assertThat(dropped("malformed")).isEqualTo(6);
	}

	private double dropped(String reason) {
		return this.meters.get("webex.live.notices.dropped").tag("reason", reason).counter().count();
	}

	private double dropped() {
		return List.of("malformed", "unauthenticated", "stale", "duplicate").stream().mapToDouble(this::dropped).sum();
	}

	private static SignedNotices notices(String ring, Instant now, MeterRegistry meters) {
		return new SignedNotices(TokenKeyRing.load(ring, Path.of("unused"), false), Clock.fixed(now, ZoneOffset.UTC),
				meters);
	}

	private static List<String> fields(String payload) {
		return json.readValue(payload, new TypeReference<List<String>>() {
		});
	}

	private static String key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
