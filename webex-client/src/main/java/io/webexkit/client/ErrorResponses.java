package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns an error response, JSON or not, into the matching exception; never fails itself. */
final class ErrorResponses {

	static final int MAX_MESSAGE_CHARS = 200;

	private ErrorResponses() {
	}

	static WebexApiException toException(ApiCall call, RawResponse response, String sentTrackingId, Instant now,
			String token) {
		JsonNode json = Json.tryTree(response.body());
		String trackingId = trackingId(response, json, sentTrackingId);
		String errorMessage = summary(response.body(), json, token);
		int status = response.status();
		String message = "Webex answered " + status + " to " + call.describe()
				+ ((errorMessage != null) ? ": " + errorMessage : "");
		String retryAfter = response.header("Retry-After");
		if (Contents.PATH.equals(call.resourcePath())) {
			switch (status) {
				case 423:
					return new WebexFileScanPendingException(message, errorMessage, trackingId,
							RetryAfter.parse(retryAfter, now));
				case 410:
					return new WebexFileInfectedException(message, errorMessage, trackingId);
				case 428:
					return new WebexFileUnscannableException(message, errorMessage, trackingId);
				default:
					break;
			}
		}
		if (status == 429 || (status == 423 && retryAfter != null)) {
			return new WebexRateLimitException(status, message, errorMessage, trackingId,
					RetryAfter.parse(retryAfter, now));
		}
		return switch (status) {
			case 401 -> new WebexAuthorizationException(
					message + " even after a token refresh; access must be granted again", errorMessage, trackingId);
			case 403 -> new WebexForbiddenException(message, errorMessage, trackingId, call.scope());
			case 404 -> new WebexNotFoundException(message, errorMessage, trackingId);
			default -> (status >= 500) ? new WebexServerException(status, message, errorMessage, trackingId)
					: new WebexApiException(status, message, errorMessage, trackingId);
		};
	}

	/** The response header wins, then the body's {@code trackingId}, then the one we sent. */
	static String trackingId(RawResponse response, @Nullable JsonNode json, String sentTrackingId) {
		String header = response.header(RawResponse.TRACKING_ID);
		if (header != null && !header.isBlank()) {
			return header;
		}
		String body = (json != null) ? text(json.path("trackingId")) : null;
		return (body != null) ? body : sentTrackingId;
	}

	/** Webex's {@code message} and {@code errors[].description}, or the start of a non-JSON body. */
	static @Nullable String summary(byte[] body, @Nullable JsonNode json, String token) {
		List<String> parts = new ArrayList<>();
		if (json != null) {
			String message = text(json.path("message"));
			if (message != null) {
				parts.add(message);
			}
			for (JsonNode error : json.path("errors")) {
				String description = text(error.path("description"));
				if (description != null && !parts.contains(description)) {
					parts.add(description);
				}
			}
		}
		else if (body.length > 0) {
			// Gateways answer 429/502 in HTML: keep readable text only.
			String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
			parts.add(text.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("<[^>]*>", " "));
		}
		String joined = redact(String.join("; ", parts), token).replaceAll("\\s+", " ").strip();
		if (joined.isEmpty()) {
			return null;
		}
		return (joined.length() > MAX_MESSAGE_CHARS) ? joined.substring(0, MAX_MESSAGE_CHARS) + "…" : joined;
	}

	private static String redact(String text, String token) {
		return token.isEmpty() ? text : text.replace(token, "[redacted]");
	}

	private static @Nullable String text(JsonNode node) {
		return (node.isString() && !node.stringValue().isBlank()) ? node.stringValue() : null;
	}

}
