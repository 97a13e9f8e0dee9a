package io.webexkit.openapi.validation;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import io.webexkit.openapi.WebexOpenApi;
import io.webexkit.simulator.FakeSimulatorHandler;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class SpecValidationFilterTests {

	private final SpecValidationFilter filter = new SpecValidationFilter(
			java.util.List.of(WebexOpenApi.messaging(), WebexOpenApi.admin()), true);

	@Test
	void filterWhenTheSimulatorAnswersAsDocumentedThenTheAnswerPasses() throws Exception {
		MockHttpServletResponse response = run("{\"id\": \"abc\", \"title\": \"Unicorn\", \"type\": \"group\"}", true);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Unicorn");
	}

	@Test
	void filterWhenTheSimulatorAnswersOtherwiseThenA500NamingTheDifferenceAndRecorded() throws Exception {
		int before = SpecViolations.recorded().size();
		MockHttpServletResponse response = run("{\"id\": \"abc\", \"title\": 42}", true);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).contains("GET /rooms/{roomId}", "title").doesNotContain("42}");
		assertThat(SpecViolations.recorded()).hasSize(before + 1);
	}

	@Test
	void filterWhenSomethingElseAnsweredThenNotHeldToTheDocument() throws Exception {
		MockHttpServletResponse response = run("bad request", false);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("bad request");
	}

	private MockHttpServletResponse run(String body, boolean bySimulator) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v1/rooms/abc");
		MockHttpServletResponse response = new MockHttpServletResponse();
		HandlerMethod handler = new HandlerMethod(new FakeSimulatorHandler(),
				FakeSimulatorHandler.class.getMethod("room"));
		FilterChain chain = (req, res) -> {
			if (bySimulator) {
				req.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
			}
			res.setContentType("application/json");
			res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		};
		this.filter.doFilter(request, response, chain);
		return response;
	}

}
