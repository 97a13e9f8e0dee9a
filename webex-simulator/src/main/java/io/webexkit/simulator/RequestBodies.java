package io.webexkit.simulator;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The JSON bodies the REST API accepts, read by hand so every mistake is a Webex-style 400. */
final class RequestBodies {

	private RequestBodies() {
	}

	/** The body as a JSON object, or a 400 when it is missing, not JSON or not an object. */
	static JsonNode object(@Nullable String body) {
		try {
			JsonNode json = (body != null) ? Json.read(body) : null;
			if (json == null || !json.isObject()) {
				throw ApiException.badRequest("The request body must be a JSON object");
			}
			return json;
		}
		catch (JacksonException ex) {
			throw ApiException.badRequest("The request body is not valid JSON");
		}
	}

	/** A string member, null when absent or JSON null, a 400 when it is something else. */
	static @Nullable String text(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw ApiException.badRequest(name + " must be a string");
		}
		return value.asString();
	}

	/** A boolean member, empty when absent or JSON null, a 400 when it is something else. */
	static java.util.Optional<Boolean> flag(JsonNode json, String name) {
		JsonNode value = json.get(name);
		if (value == null || value.isNull()) {
			return java.util.Optional.empty();
		}
		if (!value.isBoolean()) {
			throw ApiException.badRequest(name + " must be true or false");
		}
		return java.util.Optional.of(value.asBoolean());
	}

	/** A string member that must be present and not blank. */
	static String requiredText(JsonNode json, String name) {
		String value = text(json, name);
		if (value == null || value.isBlank()) {
			throw ApiException.badRequest(name + " is required");
		}
		return value;
	}

}
