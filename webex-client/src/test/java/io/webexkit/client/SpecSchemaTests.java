package io.webexkit.client;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.webexkit.client.model.FieldMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the client's records, queries and requests to Webex's documents: every property, parameter and request field
 * is mapped or left out for a stated reason (in {@link SpecMapping}), every enum is typed with all its values or kept
 * as text for a reason, and no reason is stale.
 */
class SpecSchemaTests {

	private static final SpecDocument SPEC = SpecDocument.MESSAGING;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> used = new HashSet<>();

	@Test
	void recordsWhenComparedWithTheDocumentsSchemasThenEveryPropertyIsMappedOrIgnoredForAReason() {
		SpecMapping.RECORDS.forEach((schema, type) -> cover(schema, SPEC.schema(schema), type));
		for (String operation : SPEC.operations()) {
			JsonNode schema = SPEC.responseSchema(operation);
			String name = (schema != null) ? SPEC.schemaName(schema) : null;
			if (name != null && name.endsWith("CollectionResponse")) {
				SPEC.resolve(schema).path("properties").propertyNames().stream()
					.filter((property) -> !property.equals("items"))
					.forEach((property) -> ignoredOrProblem(name + "." + property));
			}
		}
		SpecMapping.ADMIN.forEach((type, properties) -> {
			List<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
			assertThat(components).as(type.getSimpleName()).containsExactlyElementsOf(properties);
		});
		assertThat(this.problems).isEmpty();
		assertThat(unused(SpecMapping.IGNORED, SpecMapping.TEXT, SpecMapping.DERIVED)).as("stale reasons").isEmpty();
	}

	@Test
	void queriesWhenComparedWithTheDocumentsParametersThenEveryOneIsSentOrIgnoredForAReason() {
		for (String operation : SPEC.operations()) {
			if (!served(operation)) {
				continue;
			}
			Class<?> query = SpecMapping.QUERIES.get(operation);
			List<String> arguments = SpecMapping.ARGUMENTS.getOrDefault(operation, List.of());
			for (String parameter : SPEC.queryParameters(operation)) {
				String key = operation + " " + parameter;
				String component = SpecMapping.ALIASES.getOrDefault(key, parameter);
				boolean sent = arguments.contains(parameter) || (query != null && component(query, component) != null);
				if (sent) {
					this.used.add(key);
				}
				else {
					ignoredOrProblem(key, SpecMapping.IGNORED_PARAMETERS);
				}
			}
		}
		assertThat(this.problems).isEmpty();
		assertThat(unused(SpecMapping.IGNORED_PARAMETERS, SpecMapping.ALIASES)).as("stale reasons").isEmpty();
	}

	@Test
	void requestsWhenComparedWithTheDocumentsBodiesThenEveryFieldIsSettableOrIgnoredForAReason() {
		for (String operation : SPEC.operations()) {
			JsonNode schema = SPEC.requestSchema(operation);
			if (!served(operation) || schema.isMissingNode()) {
				continue;
			}
			Class<?> request = SpecMapping.REQUESTS.get(operation);
			for (String field : SPEC.resolve(schema).path("properties").propertyNames()) {
				String key = operation + " " + field;
				if (request != null && component(request, field) != null) {
					this.used.add(key);
				}
				else {
					ignoredOrProblem(key, SpecMapping.IGNORED_FIELDS);
				}
			}
		}
		assertThat(this.problems).isEmpty();
		assertThat(unused(SpecMapping.IGNORED_FIELDS)).as("stale reasons").isEmpty();
	}

	private void cover(String path, JsonNode schemaNode, Class<?> type) {
		JsonNode schema = SPEC.resolve(schemaNode);
		Set<String> properties = new HashSet<>(schema.path("properties").propertyNames());
		for (String name : properties) {
			String key = path + "." + name;
			RecordComponent component = component(type, name);
			if (component == null) {
				ignoredOrProblem(key);
				continue;
			}
			if (SpecMapping.IGNORED.containsKey(key)) {
				this.problems.add(key + " is mapped yet listed as ignored");
			}
			JsonNode property = SPEC.resolve(schema.path("properties").path(name));
			Class<?> valueType = valueType(component.getGenericType());
			if (property.has("enum")) {
				checkEnum(key, property.path("enum"), valueType);
			}
			if (valueType == FieldMap.class) {
				continue; // every member is kept, whatever its name
			}
			if (property.path("type").asString().equals("object") && property.has("properties")) {
				nested(key, property, valueType);
			}
			JsonNode items = SPEC.resolve(property.path("items"));
			if (property.path("type").asString().equals("array") && items.has("properties")) {
				nested(key + "[]", items, valueType);
			}
		}
		for (RecordComponent component : type.getRecordComponents()) {
			String key = path + "." + component.getName();
			if (!properties.contains(component.getName()) && this.used.add(key) && !SpecMapping.DERIVED.containsKey(key)) {
				this.problems.add(key + " is a component but no property of the document");
			}
		}
	}

	private void nested(String key, JsonNode schema, Class<?> valueType) {
		if (valueType.isRecord()) {
			cover(key, schema, valueType);
		}
		else {
			this.problems.add(key + " is an object read as " + valueType.getSimpleName());
		}
	}

	/** An enum's values must each read as a constant (not as the unknown fallback), or be kept as text. */
	private void checkEnum(String key, JsonNode values, Class<?> type) {
		if (SpecMapping.TEXT.containsKey(key)) {
			this.used.add(key);
			if (type != String.class) {
				this.problems.add(key + " is listed as text but read as " + type.getSimpleName());
			}
			return;
		}
		for (JsonNode value : values) {
			String text = value.asString();
			if (type == Boolean.class && (text.equals("true") || text.equals("false"))) {
				continue; // Webex documents these booleans as strings and answers JSON booleans: both read
			}
			Object constant = constant(type, text);
			if (constant == null || (!text.equalsIgnoreCase("unknown") && constant.toString().equals("UNKNOWN"))) {
				this.problems.add(key + " value " + text + " is not known to " + type.getName());
			}
		}
	}

	/** The enum constant or the value type's public constant for {@code text}, or null. */
	private static @Nullable Object constant(Class<?> type, String text) {
		try {
			if (type.isEnum()) {
				Method fromValue = type.getDeclaredMethod("fromValue", String.class);
				fromValue.setAccessible(true);
				return fromValue.invoke(null, text);
			}
			for (var field : type.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
					Object constant = field.get(null);
					if (text.equals(type.getMethod("value").invoke(constant))) {
						return constant;
					}
				}
			}
			return null;
		}
		catch (ReflectiveOperationException ex) {
			return null;
		}
	}

	private void ignoredOrProblem(String key) {
		ignoredOrProblem(key, SpecMapping.IGNORED);
	}

	private void ignoredOrProblem(String key, Map<String, String> ignored) {
		if (ignored.containsKey(key)) {
			this.used.add(key);
		}
		else {
			this.problems.add(key + " is neither mapped nor listed as ignored");
		}
	}

	@SafeVarargs
	private List<String> unused(Map<String, String>... reasons) {
		return Arrays.stream(reasons).flatMap((map) -> map.keySet().stream()).filter((key) -> !this.used.contains(key))
			.toList();
	}

	private static boolean served(String operation) {
		return Operation.all().stream().anyMatch((row) -> row.spec().equals(operation));
	}

	static @Nullable RecordComponent component(Class<?> type, String name) {
		return Arrays.stream(type.getRecordComponents()).filter((c) -> c.getName().equals(name)).findFirst()
			.orElse(null);
	}

	/** The type of a component, or of a list's elements. */
	static Class<?> valueType(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			return valueType(parameterized.getActualTypeArguments()[0]);
		}
		if (type instanceof ParameterizedType parameterized) {
			return (Class<?>) parameterized.getRawType();
		}
		return (Class<?>) type;
	}

}
