package io.webexkit.spring.bodies;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BufferedBodyRequestTests {

	@Test
	void parametersWhenFormPostThenTheQueryThenTheBodysFields() {
		BufferedBodyRequest request = new BufferedBodyRequest(form("POST", "a=2&_csrf=t%2B1&text=caf%C3%A9+au+lait"),
				bytes("a=2&_csrf=t%2B1&text=caf%C3%A9+au+lait"));
		assertThat(request.getParameterValues("a")).containsExactly("1", "2");
		assertThat(request.getParameter("_csrf")).isEqualTo("t+1");
		assertThat(request.getParameter("text")).isEqualTo("café au lait");
		assertThat(request.getParameterMap()).containsOnlyKeys("a", "_csrf", "text");
	}

	@Test
	void parametersWhenFormIsNotPostThenTheQueryOnly() {
		BufferedBodyRequest request = new BufferedBodyRequest(form("PUT", "b=2"), bytes("b=2"));
		assertThat(request.getParameterMap()).containsOnlyKeys("a");
	}

	@Test
	void parametersWhenFormCannotBeDecodedThenTheFirstReadFailsAsTheContainersWould() {
		BufferedBodyRequest request = new BufferedBodyRequest(form("POST", "x"), bytes("a=%zz"));
		assertThatIllegalStateException().isThrownBy(() -> request.getParameter("a"));
	}

	@Test
	void bodyWhenReadThenTheCopyOnceAsAStream() throws Exception {
		BufferedBodyRequest request = new BufferedBodyRequest(form("POST", "x"), bytes("{\"id\":1}"));
		assertThat(request.getInputStream().readAllBytes()).isEqualTo(bytes("{\"id\":1}"));
		assertThat(request.getInputStream().isFinished()).isTrue();
		assertThat(request.getReader().read()).as("what the stream read is gone, as in the container").isEqualTo(-1);
	}

	/** A form request whose query has {@code a=1}; the body is what the guard read ahead. */
	private static MockHttpServletRequest form(String method, String body) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/form");
		request.setContentType("application/x-www-form-urlencoded");
		request.setCharacterEncoding("UTF-8");
		request.setQueryString("a=1");
		request.addParameter("a", "1");
		request.setContent(bytes(body));
		return request;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
