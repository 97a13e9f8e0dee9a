package io.webexkit.simulator.test;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The application through MockMvc, as one browser: every request carries the same container session and the cookies
 * the application set so far (Spring Session, for one, finds its session by cookie).
 */
final class MockMvcApp implements SignInFlow.App {

	private final MockMvc mvc;

	private MockHttpSession session = new MockHttpSession();

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	MockMvcApp(MockMvc mvc) {
		this.mvc = mvc;
	}

	@Override
	public SignInFlow.Answer get(URI uri) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(uri).session(this.session);
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException("GET " + uri + " failed in the application", ex);
		}
		HttpSession current = result.getRequest().getSession(false);
		if (current instanceof MockHttpSession mock) {
			this.session = mock; // the application may have replaced it
		}
		MockHttpServletResponse response = result.getResponse();
		for (Cookie cookie : response.getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return new SignInFlow.Answer(response.getStatus(), response.getHeader(HttpHeaders.LOCATION));
	}

	MockHttpSession session() {
		return this.session;
	}

	List<Cookie> cookies() {
		return new ArrayList<>(this.cookies.values());
	}

}
