package io.webexkit.app.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.webexkit.spring.ErrorMessages;
import io.webexkit.spring.MutableClock;
import io.webexkit.spring.TestKeys;

import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieFilterTests {

	private static final Duration IDLE = Duration.ofHours(8);

	private static final Duration ABSOLUTE = Duration.ofDays(7);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

	private final SealedValues sealed = new SealedValues(TestKeys.ring(), "session@webex", this.clock);

	private final SessionStamps stamps = new SessionStamps(JdbcClient.create(personSessionTable()));

	private final SessionCookieFilter filter = new SessionCookieFilter(this.sealed, new Cookies("auto"), this.stamps,
			"webex", this.clock, IDLE, ABSOLUTE);

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

	@Test
	@Tag("F13")
	void filterWhenCookiesOpenForTwoDifferentPeopleThenSignedOutSaidSoAndTheBrowserAskedToForgetThem()
			throws Exception { // F13
		String attacker = cookieFor("person-2", this.clock.instant(), this.clock.instant());
		for (List<String> values : List.of(List.of(attacker, this.signedIn), List.of(this.signedIn, attacker))) {
			MockHttpServletRequest request = request("/spaces", "http", values.toArray(String[]::new));
			MockHttpServletResponse response = new MockHttpServletResponse();
			MockFilterChain chain = new MockFilterChain();
			this.filter.doFilter(request, response, chain);
			assertThat(chain.getRequest()).as("the request went no further").isNull();
			assertThat(request.getAttribute(SessionCookieFilter.ATTRIBUTE)).isNull();
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(request.getAttribute(ErrorMessages.ATTRIBUTE)).isEqualTo(SessionCookieFilter.CONFLICT_MESSAGE);
			assertThat(response.getHeader("Clear-Site-Data")).isEqualTo("\"cookies\"");
			assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).as("neither can be told to be the planted one")
				.isEmpty();
		}
	}

	@Test
	@Tag("F13")
	void filterWhenTheSamePersonsSessionComesTwiceThenSignedIn() throws Exception { // F13
		String other = cookieFor("person-1", this.clock.instant(), this.clock.instant());
		Result result = run("/spaces", other, this.signedIn);
		assertThat(result.session()).isNotNull();
		assertThat(result.session().personId()).isEqualTo("person-1");
	}

	@Test
	@Tag("F13")
	void filterWhenOverHttpsThenOnlyTheHostPrefixedCookieIsReadAndWritten() throws Exception { // F13
		this.clock.advance(Duration.ofMinutes(5));
		MockHttpServletRequest plain = request("/spaces", "https", this.signedIn);
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(plain, new MockHttpServletResponse(), chain);
		assertThat(plain.getAttribute(SessionCookieFilter.ATTRIBUTE)).as("an unprefixed cookie over https").isNull();

		MockHttpServletRequest prefixed = request("/spaces", "https", this.signedIn);
		prefixed.setCookies(new Cookie("__Host-WEBEX_SESSION", this.signedIn));
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(prefixed, response, new MockFilterChain());
		assertThat(prefixed.getAttribute(SessionCookieFilter.ATTRIBUTE)).isNotNull();
		assertThat(response.getHeaders(HttpHeaders.SET_COOKIE)).singleElement()
			.asString()
			.startsWith("__Host-WEBEX_SESSION=wxs1.")
			.contains("Path=/", "Secure", "HttpOnly")
			.doesNotContain("Domain");
	}

	@Test
	@Tag("F14")
	void filterWhenTheCookieWasSealedForAnotherRegistrationThenItDoesNotOpen() throws Exception { // F14
		SealedValues simulated = new SealedValues(TestKeys.ring(), "session@webex-simulator", this.clock);
		String fromSimulatorMode = simulated.seal(SignedInSession
			.begin("webex-simulator", "person-1", "Sam", null, this.clock.instant())
			.encode());
		Result result = run("/spaces", fromSimulatorMode);
		assertThat(result.session()).isNull();
		assertThat(result.setCookies()).singleElement().asString().contains("Max-Age=0");

		String sameKeyOtherRegistration = this.sealed.seal(SignedInSession
			.begin("webex-simulator", "person-1", "Sam", null, this.clock.instant())
			.encode());
		assertThat(run("/spaces", sameKeyOtherRegistration).session()).isNull();
	}

	@Test
	@Tag("F2")
	void filterWhenThePersonLoggedOutSinceThenTheCookieIsDeletedNotRenewed() throws Exception { // F2
		this.clock.advance(Duration.ofMinutes(5)); // a renewal would be due
		this.stamps.endSessions("person-1", this.clock.instant());
		Result result = run("/spaces", this.signedIn);
		assertThat(result.session()).isNull();
		assertThat(result.setCookies()).singleElement().asString().startsWith("WEBEX_SESSION=;").contains("Max-Age=0");

		this.clock.advance(Duration.ofSeconds(1));
		String afterLogout = cookieFor("person-1", this.clock.instant(), this.clock.instant());
		assertThat(run("/spaces", afterLogout).session()).as("a session begun after logging out").isNotNull();
	}

	private String cookieFor(Instant issuedAt, Instant renewedAt) {
		return cookieFor("person-1", issuedAt, renewedAt);
	}

	private String cookieFor(String personId, Instant issuedAt, Instant renewedAt) {
		SignedInSession session = SignedInSession.begin("webex", personId, "Sam", null, issuedAt);
		return this.sealed.seal(new SignedInSession(session.registrationId(), personId, "Sam", null, issuedAt,
				renewedAt, session.csrfToken()).encode());
	}

	private Result run(String path, @Nullable String... cookies) throws Exception {
		MockHttpServletRequest request = request(path, "http", cookies);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("the request went on").isNotNull();
		return new Result((SignedInSession) request.getAttribute(SessionCookieFilter.ATTRIBUTE),
				response.getHeaders(HttpHeaders.SET_COOKIE));
	}

	private static MockHttpServletRequest request(String path, String scheme, @Nullable String... cookies) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setScheme(scheme);
		request.setSecure("https".equals(scheme));
		if (cookies != null && cookies.length > 0 && cookies[0] != null) {
			request.setCookies(List.of(cookies).stream().map((c) -> new Cookie(Cookies.SESSION, c))
				.toArray(Cookie[]::new));
		}
		return request;
	}

	private static DataSource personSessionTable() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		JdbcClient.create(dataSource)
			.sql("CREATE TABLE person_session (person_id VARCHAR(255) PRIMARY KEY, "
					+ "valid_since TIMESTAMP WITH TIME ZONE NOT NULL)")
			.update();
		return dataSource;
	}

	private record Result(@Nullable SignedInSession session, List<String> setCookies) {
	}

}
