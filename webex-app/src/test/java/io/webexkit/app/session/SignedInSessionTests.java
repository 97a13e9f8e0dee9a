package io.webexkit.app.session;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedInSessionTests {

	private static final Instant SIGNED_IN = Instant.parse("2026-03-01T09:00:00.123Z");

	private static final String CSRF = "Q1NSRi10b2tlbi1vZi10aGlzLXNlc3Npb24tb25seS0wMQ";

	@Test
	void decodeWhenEncodedThenTheSameSession() {
		SignedInSession session = new SignedInSession("webex", "Y2lzY29zcGFyazovL3VzL1BFT1BMRS9hYmM", "Sam Émile 🙂",
				"sam@example.com", SIGNED_IN, SIGNED_IN.plusSeconds(90), CSRF);
		assertThat(SignedInSession.decode(session.encode())).contains(session);
	}

	@Test
	void decodeWhenNoEmailThenNoneComesBack() {
		SignedInSession session = new SignedInSession("webex", "p", "Sam", null, SIGNED_IN, SIGNED_IN, CSRF);
		assertThat(SignedInSession.decode(session.encode())).hasValueSatisfying((s) -> assertThat(s.email()).isNull());
	}

	@Test
	void newWhenTheDisplayNameIsVeryLongThenItIsCutSoTheCookieStaysSmall() {
		SignedInSession session = new SignedInSession("webex", "p", "x".repeat(5000), null, SIGNED_IN, SIGNED_IN, CSRF);
		assertThat(session.displayName()).hasSize(SignedInSession.MAX_NAME);
		assertThat(session.encode().length).isLessThan(400);
	}

	@Test
	void decodeWhenAnotherFormatOrTruncatedThenEmpty() {
		byte[] encoded = new SignedInSession("webex", "p", "Sam", null, SIGNED_IN, SIGNED_IN, CSRF).encode();
		byte[] otherFormat = encoded.clone();
		otherFormat[0] = 1; // the first format had no CSRF token
		assertThat(SignedInSession.decode(otherFormat)).isEmpty();
		assertThat(SignedInSession.decode(java.util.Arrays.copyOf(encoded, encoded.length - 3))).isEmpty();
		assertThat(SignedInSession.decode(new byte[0])).isEmpty();
	}

	@Test
	void beginWhenTwoSessionsStartThenEachHasItsOwnUnguessableCsrfToken() {
		SignedInSession one = SignedInSession.begin("webex", "p", "Sam", null, SIGNED_IN);
		SignedInSession two = SignedInSession.begin("webex", "p", "Sam", null, SIGNED_IN);
		assertThat(one.csrfToken()).hasSize(43).isNotEqualTo(two.csrfToken());
		assertThat(one.renewedAt(SIGNED_IN.plusSeconds(90)).csrfToken()).as("kept across renewals")
			.isEqualTo(one.csrfToken());
		assertThat(SignedInSession.decode(one.encode())).contains(one);
	}

	@Test
	void toStringWhenLoggedThenNoPersonNameOrEmail() {
		SignedInSession session = new SignedInSession("webex", "person-1", "Sam", "sam@example.com", SIGNED_IN,
				SIGNED_IN, CSRF);
		assertThat(session.toString()).doesNotContain("person-1", "Sam", "sam@", CSRF);
	}

}
