package io.webexkit.simulator.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import io.webexkit.simulator.SimulatedPerson;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A simulated person signed in through {@link org.springframework.test.web.servlet.MockMvc}: their session and the
 * cookies the application set. Send both with {@code mvc.perform(get("/spaces").with(signIn))}: an application whose
 * sessions live in Spring Session finds them by cookie, not in the container's session.
 */
public final class MockMvcSignIn implements RequestPostProcessor {

	private final SimulatedPerson person;

	private final MockHttpSession session;

	private final List<Cookie> cookies;

	MockMvcSignIn(SimulatedPerson person, MockHttpSession session, List<Cookie> cookies) {
		this.person = person;
		this.session = session;
		this.cookies = List.copyOf(cookies);
	}

	public SimulatedPerson person() {
		return this.person;
	}

	/** The container session the sign-in used, for {@code .session(...)}. */
	public MockHttpSession session() {
		return this.session;
	}

	/** The cookies the application set during the sign-in (its session cookie among them), for {@code .cookie(...)}. */
	public Cookie[] cookies() {
		return this.cookies.toArray(Cookie[]::new);
	}

	/** Adds the session and the cookies; a cookie the request already has keeps its value. */
	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		request.setSession(this.session);
		Map<String, Cookie> merged = new LinkedHashMap<>();
		this.cookies.forEach((cookie) -> merged.put(cookie.getName(), cookie));
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				merged.put(cookie.getName(), cookie);
			}
		}
		request.setCookies(merged.values().toArray(Cookie[]::new));
		return request;
	}

	@Override
	public String toString() {
		return "MockMvcSignIn[person=" + this.person.displayName() + "]";
	}

}
