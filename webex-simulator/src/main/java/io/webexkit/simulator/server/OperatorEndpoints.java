package io.webexkit.simulator.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.webexkit.simulator.SimulatorBehavior;
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
 * {@code /simulator/**} on the standalone simulator only: counters for tests and benchmarks, the actions that set
 * up a refresh storm, and the webhook delivery knobs for demos. Never under the app's in-process simulator.
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
			.GET("/simulator/webhook-delivery", (request) -> webhookDelivery(simulator))
			.POST("/simulator/webhook-delivery", (request) -> {
				// for demos against the standalone simulator: what tests set on behavior()
				SimulatorBehavior behavior = simulator.behavior();
				try {
					Boolean tamper = flag(request.param("tamperSignatures").orElse(null));
					Boolean omit = flag(request.param("omitSignatures").orElse(null));
					Boolean duplicate = flag(request.param("duplicateDeliveries").orElse(null));
					Duration delay = request.param("delayMillis").map(OperatorEndpoints::millis).orElse(null);
					if (tamper != null) {
						behavior.setTamperWebhookSignatures(tamper);
					}
					if (omit != null) {
						behavior.setOmitWebhookSignatures(omit);
					}
					if (duplicate != null) {
						behavior.setDuplicateWebhookDeliveries(duplicate);
					}
					if (delay != null) {
						behavior.setWebhookDeliveryDelay(delay);
					}
				}
				catch (IllegalArgumentException ex) {
					return ServerResponse.badRequest()
						.contentType(MediaType.APPLICATION_JSON)
						.body(Map.of("message", ex.getMessage()));
				}
				return webhookDelivery(simulator);
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
		stats.put("webhookDeliveries", simulator.webhookDeliveries());
		stats.put("failedWebhookDeliveries", simulator.failedWebhookDeliveries());
		stats.put("webhookDeliveriesPending", simulator.webhookDeliveriesPending());
		stats.put("people", simulator.users().size());
		return stats;
	}

	/** The webhook delivery knobs now in force. */
	private static ServerResponse webhookDelivery(WebexSimulator simulator) {
		SimulatorBehavior behavior = simulator.behavior();
		Map<String, Object> knobs = new LinkedHashMap<>();
		knobs.put("tamperSignatures", behavior.tamperWebhookSignatures());
		knobs.put("omitSignatures", behavior.omitWebhookSignatures());
		knobs.put("duplicateDeliveries", behavior.duplicateWebhookDeliveries());
		knobs.put("delayMillis", behavior.webhookDeliveryDelay().toMillis());
		return ServerResponse.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs);
	}

	private static @Nullable Boolean flag(@Nullable String value) {
		if (value == null) {
			return null;
		}
		if (!value.equals("true") && !value.equals("false")) {
			throw new IllegalArgumentException("Flags are true or false, got " + value);
		}
		return Boolean.valueOf(value);
	}

	private static Duration millis(String value) {
		try {
			long millis = Long.parseLong(value);
			if (millis >= 0 && millis <= 60_000) {
				return Duration.ofMillis(millis);
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new IllegalArgumentException("delayMillis must be between 0 and 60000, got " + value);
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
