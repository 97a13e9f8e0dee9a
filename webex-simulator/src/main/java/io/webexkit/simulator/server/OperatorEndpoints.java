package io.webexkit.simulator.server;

import java.util.LinkedHashMap;
import java.util.Map;

import io.webexkit.simulator.WebexSimulator;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code /simulator/**} on the standalone simulator only: counters for tests and benchmarks, and the actions that set
 * up a refresh storm. Never under the app's in-process simulator.
 */
final class OperatorEndpoints {

	private OperatorEndpoints() {
	}

	static RouterFunction<ServerResponse> routes(WebexSimulator simulator) {
		return RouterFunctions.route()
			.GET("/simulator/stats", (request) -> ServerResponse.ok()
				.cacheControl(CacheControl.noStore())
				.contentType(MediaType.APPLICATION_JSON)
				.body(stats(simulator)))
			.POST("/simulator/reset-stats", (request) -> {
				simulator.resetStats();
				return ServerResponse.noContent().build();
			})
			.POST("/simulator/expire-access-tokens", (request) -> {
				// refresh tokens stay valid: every app's next Webex call gets a 401 and must refresh
				simulator.expireAllAccessTokens();
				return ServerResponse.noContent().build();
			})
			.filter(refuseWebPages())
			.build();
	}

	/** The counters since the last reset; every grant type the app uses is present, zero or not. */
	static Map<String, Object> stats(WebexSimulator simulator) {
		Map<String, Long> byGrantType = new LinkedHashMap<>();
		byGrantType.put("authorization_code", 0L);
		byGrantType.put("refresh_token", 0L);
		byGrantType.putAll(simulator.tokenRequestsByGrantType());
		Map<String, Object> stats = new LinkedHashMap<>();
		stats.put("tokenRequests", simulator.tokenRequests());
		stats.put("tokenRequestsByGrantType", byGrantType);
		stats.put("tokenRequestsInFlight", simulator.tokenRequestsInFlight());
		stats.put("maxTokenRequestsInFlight", simulator.maxTokenRequestsInFlight());
		stats.put("apiRequests", simulator.apiRequests());
		stats.put("people", simulator.users().size());
		return stats;
	}

	/**
	 * These have no login (the server listens on 127.0.0.1 by default); refusing requests a web page sends (they
	 * carry {@code Origin}) keeps a page in the operator's browser from resetting them. curl sends none.
	 */
	private static HandlerFilterFunction<ServerResponse, ServerResponse> refuseWebPages() {
		return (request, next) -> {
			if (request.method() != HttpMethod.GET && request.headers().firstHeader(HttpHeaders.ORIGIN) != null) {
				return ServerResponse.status(403)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("message", "The operator endpoints are for tools such as curl, not for web pages"));
			}
			return next.handle(request);
		};
	}

}
