package io.webexkit.openapi.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.openapi.SpecOperation;
import io.webexkit.openapi.WebexOpenApi;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds every answer of a simulated Webex under {@code /v1} to Webex's OpenAPI document: an answer to an operation of
 * the document whose status, content type or body is not what the document says is replaced by a 500 naming each
 * difference (and logged at ERROR, and kept in {@link SpecViolations}), so that no test can pass on it. Only answers
 * the simulator's own handlers gave are held to it: what the document does not describe (file contents, say) passes
 * as it is, and so does what the application around an in-process simulator refused before the simulator saw the
 * request (its firewall, say).
 */
public class SpecValidationFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SpecValidationFilter.class);

	private static final String SIMULATOR_PACKAGE = "io.webexkit.simulator.";

	private final List<WebexOpenApi> specs;

	private final boolean fail;

	/**
	 * @param specs the documents, first match wins
	 * @param fail whether an answer otherwise than the document becomes a 500 (else it is only recorded and logged)
	 */
	public SpecValidationFilter(List<WebexOpenApi> specs, boolean fail) {
		this.specs = List.copyOf(specs);
		this.fail = fail;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return apiPath(request).flatMap((path) -> spec(request.getMethod(), path)).isEmpty();
	}

	private Optional<WebexOpenApi> spec(String method, String path) {
		return this.specs.stream().filter((spec) -> spec.operation(method, path).isPresent()).findFirst();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorded);
		if (!answeredBySimulator(request)) {
			recorded.copyBodyToResponse();
			return;
		}
		String path = apiPath(request).orElseThrow();
		WebexOpenApi spec = spec(request.getMethod(), path).orElseThrow();
		SpecOperation operation = spec.operation(request.getMethod(), path).orElseThrow();
		byte[] body = recorded.getContentAsByteArray();
		List<String> problems = spec.responseProblems(request.getMethod(), path, recorded.getStatus(),
				recorded.getContentType(), body);
		if (problems.isEmpty()) {
			recorded.copyBodyToResponse();
			return;
		}
		SpecViolation violation = new SpecViolation(operation.key(), request.getMethod() + " " + path,
				recorded.getStatus(), new String(body, StandardCharsets.UTF_8), problems);
		SpecViolations.record(violation);
		log.error("The simulated Webex answered {} otherwise than Webex's OpenAPI document says: {}", operation.key(),
				violation);
		if (!this.fail) {
			recorded.copyBodyToResponse();
			return;
		}
		recorded.resetBuffer();
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		response.setContentType("application/json;charset=UTF-8");
		response.getOutputStream()
			.write(("{\"message\":\"The simulated Webex answered " + json(operation.key())
					+ " otherwise than Webex's OpenAPI document says\",\"errors\":[" + problems.stream()
						.map((problem) -> "{\"description\":\"" + json(problem) + "\"}")
						.reduce((a, b) -> a + "," + b)
						.orElse("") + "]}").getBytes(StandardCharsets.UTF_8));
	}

	private static boolean answeredBySimulator(HttpServletRequest request) {
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		Class<?> type = (handler instanceof HandlerMethod method) ? method.getBeanType()
				: (handler != null) ? handler.getClass() : null;
		return type != null && type.getName().startsWith(SIMULATOR_PACKAGE);
	}

	/** The path under {@code /v1} (the context path, and anything before {@code /v1}, removed). */
	static Optional<String> apiPath(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		int v1 = uri.indexOf("/v1/");
		return (v1 >= 0) ? Optional.of(uri.substring(v1 + 3)) : Optional.empty();
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> out.append((c < 0x20) ? ' ' : c);
			}
		}
		return out.toString();
	}

}
