package io.webexkit.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webex's Messaging OpenAPI document as vendored in {@code webex-openapi}: its operations, their example responses
 * and its schemas, for tests that hold the client to it.
 */
final class SpecDocument {

	static final SpecDocument MESSAGING = new SpecDocument("/io/webexkit/openapi/webex-messaging.json");

	private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

	private final JsonNode root;

	private SpecDocument(String resource) {
		try (InputStream in = SpecDocument.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No " + resource + " on the test class path (webex-openapi)");
			}
			this.root = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every operation as {@code METHOD /path}, such as {@code GET /rooms/{roomId}}. */
	List<String> operations() {
		List<String> operations = new ArrayList<>();
		this.root.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			if (METHODS.contains(method.getKey())) {
				operations.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
			}
		}));
		return operations;
	}

	JsonNode operation(String operation) {
		int space = operation.indexOf(' ');
		JsonNode node = this.root.path("paths")
			.path(operation.substring(space + 1))
			.path(operation.substring(0, space).toLowerCase(java.util.Locale.ROOT));
		if (node.isMissingNode()) {
			throw new IllegalArgumentException("The document has no operation " + operation);
		}
		return node;
	}

	/** The example of the operation's first successful JSON response, or null when it documents none. */
	JsonNode example(String operation) {
		for (var response : operation(operation).path("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				JsonNode example = response.getValue().path("content").path("application/json").path("example");
				return example.isMissingNode() ? null : example;
			}
		}
		return null;
	}

	/** The schema of the operation's first successful JSON response, or null when it has none. */
	JsonNode responseSchema(String operation) {
		for (var response : operation(operation).path("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				JsonNode schema = response.getValue().path("content").path("application/json").path("schema");
				return schema.isMissingNode() ? null : schema;
			}
		}
		return null;
	}

	/** The name a {@code $ref} schema points to, or null for an inline one. */
	String schemaName(JsonNode schema) {
		String ref = schema.path("$ref").asString(null);
		return (ref != null) ? ref.substring(ref.lastIndexOf('/') + 1) : null;
	}

	/** The operation's first documented success status, such as 200, 202 or 204. */
	int successStatus(String operation) {
		for (String code : operation(operation).path("responses").propertyNames()) {
			if (code.startsWith("2")) {
				return Integer.parseInt(code);
			}
		}
		throw new IllegalArgumentException(operation + " documents no success");
	}

	/** The operation's query parameters by name. */
	List<String> queryParameters(String operation) {
		List<String> names = new ArrayList<>();
		for (JsonNode parameter : operation(operation).path("parameters")) {
			if ("query".equals(parameter.path("in").asString())) {
				names.add(parameter.path("name").asString());
			}
		}
		return names;
	}

	/** The operation's request body schema (inline in this document), or a missing node. */
	JsonNode requestSchema(String operation) {
		return operation(operation).path("requestBody").path("content").path("application/json").path("schema");
	}

	JsonNode schema(String name) {
		JsonNode schema = this.root.path("components").path("schemas").path(name);
		if (schema.isMissingNode()) {
			throw new IllegalArgumentException("The document has no schema " + name);
		}
		return schema;
	}

	/** A schema, or the one its {@code $ref} names. */
	JsonNode resolve(JsonNode schema) {
		String name = schemaName(schema);
		return (name != null) ? schema(name) : schema;
	}

}
