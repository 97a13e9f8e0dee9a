package io.webexkit.app.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Without its cookie a request cannot make Spring Session look up (read from the database) any session. */
class SessionFreePathsFilterTests {

	@ParameterizedTest
	@ValueSource(strings = { "/css/app.css", "/img/logo.svg", "/js/app.js", "/favicon.ico", "/actuator/health",
			"/actuator/health/liveness" })
	void requestWhenStaticFileOrHealthProbeThenSessionCookieHidden(String path) throws Exception {
		HttpServletRequest seen = filter(path);
		assertThat(seen.getCookies()).isNull();
		assertThat(seen.getHeader("Cookie")).isNull();
		assertThat(seen.getHeaders("Cookie").hasMoreElements()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/spaces", "/css", "/cssx/app.css", "/img", "/actuator/healthz", "/oauth" })
	void requestWhenPageThenSessionCookiePassedOn(String path) throws Exception {
		HttpServletRequest seen = filter(path);
		assertThat(seen.getCookies()).extracting(Cookie::getName).containsExactly("SESSION");
		assertThat(seen.getHeader("Cookie")).isEqualTo("SESSION=abc");
	}

	private static HttpServletRequest filter(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setCookies(new Cookie("SESSION", "abc"));
		request.addHeader("Cookie", "SESSION=abc");
		MockFilterChain chain = new MockFilterChain();
		new SessionFreePathsFilter().doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

}
