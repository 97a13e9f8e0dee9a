package io.webexkit.simulator.server;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.simulator.SimulatorBehavior;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code /simulator/**} on the standalone simulator only: counters for tests and benchmarks, the actions that set
 * up a refresh storm, the webhook delivery knobs, and simulated people creating spaces and posting, for demos.
 * Never under the app's in-process simulator.
 */
final class OperatorEndpoints {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
			.POST("/simulator/spaces", (request) -> jsonAction(request, (json) -> {
				// {"title": "...", "members": [creator, others...]}, people by email or id
				List<String> members = new ArrayList<>();
				JsonNode listed = json.get("members");
				if (listed == null || !listed.isArray() || listed.isEmpty()) {
					throw new IllegalArgumentException("members must list at least the creator, by email or id");
				}
				for (JsonNode member : listed) {
					members.add(member.isString() ? member.asString() : "");
				}
				String creator = members.remove(0);
				return simulator.createSpace(text(json, "title"), creator, members.toArray(String[]::new));
			}))
			.POST("/simulator/messages", (request) -> jsonAction(request, (json) -> simulator
				.postMessage(text(json, "person"), text(json, "roomId"), text(json, "markdown"))))
			.POST("/simulator/attachment-actions", (request) -> jsonAction(request, (json) -> {
				// {"person": "...", "messageId": "...", "inputs": {"choice": "yes"}}: a simulated person submits a card
				JsonNode inputs = json.get("inputs");
				if (inputs == null || !inputs.isObject()) {
					throw new IllegalArgumentException("inputs must be a JSON object of the card's input values");
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (Map.Entry<String, JsonNode> input : inputs.properties()) {
					values.put(input.getKey(), input.getValue().isString() ? input.getValue().asString()
							: input.getValue().toString());
				}
				return simulator.submitCard(text(json, "person"), text(json, "messageId"), values);
			}))
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

	/**
	 * Runs {@code action} on the request's JSON object and answers {@code {"id": ...}} with what it returns, or a 400
	 * with the reason when the body is not a JSON object or the action refuses it.
	 */
	private static ServerResponse jsonAction(ServerRequest request, JsonAction action)
			throws ServletException, IOException {
		try {
			JsonNode json = JSON.readTree(request.body(String.class));
			if (json == null || !json.isObject()) {
				throw new IllegalArgumentException("The request body must be a JSON object");
			}
			return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of("id", action.apply(json)));
		}
		catch (JacksonException ex) {
			return badRequest("The request body is not valid JSON");
		}
		catch (IllegalArgumentException ex) {
			return badRequest(ex.getMessage());
		}
	}

	/** A string member that must be there. */
	private static String text(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw new IllegalArgumentException(name + " is required, as a string");
		}
		return value.asString();
	}

	private static ServerResponse badRequest(@Nullable String message) {
		return ServerResponse.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("message", (message != null) ? message : "Bad request"));
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

	/** What an operator endpoint does with its JSON body: the id of what it made. */
	@FunctionalInterface
	private interface JsonAction {

		String apply(JsonNode json);

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
