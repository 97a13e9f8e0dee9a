package io.webexkit.app.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.webexkit.spring.MutableClock;
import io.webexkit.spring.TestKeys;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieFilterTests {

	private static final Duration IDLE = Duration.ofHours(8);

	private static final Duration ABSOLUTE = Duration.ofDays(7);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

	private final SealedValues sealed = new SealedValues(TestKeys.ring(), "session");

	private final SessionCookieFilter filter = new SessionCookieFilter(this.sealed, new Cookies("auto"), this.clock,
			IDLE, ABSOLUTE);

	private final String signedIn = cookieFor(this.clock.instant(), this.clock.instant());

	@Test
	void filterWhenNoCookieThenNobodyAndNothingWritten() throws Exception {
		Result result = run("/spaces");
		assertThat(result.session()).isNull();
		assertThat(result.setCookies()).isEmpty();
	}

	@Test
	void filterWhenUsedWithinAMinuteThenSignedInWithoutWritingTheCookie() throws Exception {
		this.clock.advance(Duration.ofSeconds(59));
		Result result = run("/spaces", this.signedIn);
		assertThat(result.session()).isNotNull();
		assertThat(result.session().personId()).isEqualTo("person-1");
		assertThat(result.setCookies()).isEmpty();
	}

	@Test
	@Tag("F2")
	void filterWhenLastRenewedOverAMinuteAgoThenRewrittenWithTheNewTimeSoIdlenessSlides() throws Exception { // F2
		this.clock.advance(Duration.ofMinutes(5));
		Result result = run("/spaces", this.signedIn);
		assertThat(result.setCookies()).singleElement().asString().startsWith("WEBEX_SESSION=wxs1.").contains("HttpOnly",
				"SameSite=Lax").doesNotContain("Max-Age");
		String renewed = result.setCookies().get(0).substring("WEBEX_SESSION=".length()).split(";")[0];
		SignedInSession session = this.sealed.open(renewed).flatMap(SignedInSession::decode).orElseThrow();
		assertThat(session.renewedAt()).isEqualTo(this.clock.instant());
		assertThat(session.issuedAt()).isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));

		this.clock.advance(IDLE.minusMinutes(1)); // idle since the renewal, not since sign-in
		assertThat(run("/spaces", renewed).session()).isNotNull();
	}

	@Test
	@Tag("F2")
	void filterWhenIdleLongerThanTheIdleTimeoutThenSignedOutAndTheCookieDeleted() throws Exception { // F2
		this.clock.advance(IDLE);
		Result result = run("/spaces", this.signedIn);
		assertThat(result.session()).isNull();
		assertThat(result.setCookies()).singleElement().asString().startsWith("WEBEX_SESSION=;").contains("Max-Age=0");
	}

	@Test
	@Tag("F2")
	void filterWhenOlderThanTheAbsoluteTimeoutThenSignedOutHoweverRecentlyUsed() throws Exception { // F2
		Instant signedInAt = this.clock.instant();
		this.clock.advance(ABSOLUTE);
		String justRenewed = cookieFor(signedInAt, this.clock.instant().minusSeconds(10));
		Result result = run("/spaces", justRenewed);
		assertThat(result.session()).isNull();
		assertThat(result.setCookies()).singleElement().asString().contains("Max-Age=0");
	}

	@Test
	@Tag("F1")
	void filterWhenTheCookieDoesNotOpenThenSignedOutAndTheCookieDeleted() throws Exception { // F1
		String forged = this.signedIn.substring(0, this.signedIn.length() - 4) + "AAAA";
		for (String value : List.of(forged, "wxs1.x.y", "anything")) {
			Result result = run("/spaces", value);
			assertThat(result.session()).isNull();
			assertThat(result.setCookies()).singleElement().asString().contains("Max-Age=0");
		}
	}

	@Test
	@Tag("F1")
	void filterWhenAnotherSiteTossedASecondCookieOfTheSameNameThenTheOneThatOpensCounts() throws Exception { // F1
		String tossed = "wxs1.0000000000000000.cGxhbnRlZC1ieS1hbi1hdHRhY2tlcg";
		for (List<String> values : List.of(List.of(tossed, this.signedIn), List.of(this.signedIn, tossed))) {
			Result result = run("/spaces", values.toArray(String[]::new));
			assertThat(result.session()).isNotNull();
			assertThat(result.session().personId()).isEqualTo("person-1");
			assertThat(result.setCookies()).isEmpty();
		}
		assertThat(run("/spaces", tossed, tossed).session()).isNull();
	}

	@Test
	void filterWhenStaticFileOrHealthProbeThenTheCookieIsNotEvenOpened() throws Exception {
		this.clock.advance(Duration.ofMinutes(5));
		for (String path : List.of("/css/app.css", "/favicon.ico", "/actuator/health/readiness")) {
			Result result = run(path, this.signedIn);
			assertThat(result.session()).isNull();
			assertThat(result.setCookies()).isEmpty();
		}
	}

	private String cookieFor(Instant issuedAt, Instant renewedAt) {
		return this.sealed.seal(new SignedInSession("webex", "person-1", "Sam", null, issuedAt, renewedAt).encode());
	}

	private Result run(String path, @Nullable String... cookies) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (cookies != null && cookies.length > 0 && cookies[0] != null) {
			request.setCookies(List.of(cookies).stream().map((c) -> new Cookie(Cookies.SESSION, c))
				.toArray(Cookie[]::new));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("the request went on").isNotNull();
		return new Result((SignedInSession) request.getAttribute(SessionCookieFilter.ATTRIBUTE),
				response.getHeaders(HttpHeaders.SET_COOKIE));
	}

	private record Result(@Nullable SignedInSession session, List<String> setCookies) {
	}

}
