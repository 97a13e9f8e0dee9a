package io.webexkit.app.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAbsoluteTimeoutFilterTests {

	private static final Duration ABSOLUTE = Duration.ofDays(7);

	@Test
	void filterWhenSessionOlderThanAbsoluteTimeoutThenInvalidatesIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		run(session, Instant.ofEpochMilli(session.getCreationTime()).plus(ABSOLUTE).plusSeconds(1));
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void filterWhenSessionYoungerThanAbsoluteTimeoutThenKeepsIt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		run(session, Instant.ofEpochMilli(session.getCreationTime()).plus(ABSOLUTE).minusSeconds(1));
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void filterWhenNoSessionThenCreatesNone() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		new SessionAbsoluteTimeoutFilter(ABSOLUTE, Clock.systemUTC()).doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain());
		assertThat(request.getSession(false)).isNull();
	}

	@Test
	void propertiesWhenAbsoluteTimeoutNotPositiveOrCookieSecureUnknownThenNameTheVariable() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionProperties(Duration.ZERO, "auto"))
			.withMessageContaining("WEBEX_SESSION_ABSOLUTE_TIMEOUT");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionProperties(ABSOLUTE, "yes"))
			.withMessageContaining("WEBEX_COOKIE_SECURE");
	}

	private static void run(MockHttpSession session, Instant now) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		new SessionAbsoluteTimeoutFilter(ABSOLUTE, Clock.fixed(now, ZoneOffset.UTC)).doFilter(request,
				new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isSameAs(request);
	}

}
