package io.webexkit.client;

import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.webexkit.client.model.FieldMap;
import io.webexkit.client.model.License;
import io.webexkit.client.model.Organization;
import io.webexkit.client.model.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client reads each example answer of Webex's documents into its records and keeps every value: each example
 * property is compared with the component of the same name (times as instants, enums by their wire value, nested
 * objects and lists member by member).
 */
class SpecExamplesTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Operations with an example answer whose schema (or collection's items) a record reads. */
	static Stream<String> examples() {
		return SpecDocument.MESSAGING.operations().stream().filter((operation) -> recordOf(operation) != null);
	}

	@Test
	void examplesWhenListedThenEveryMappedSchemaHasOne() {
		List<String> withExamples = examples().map((operation) -> recordOf(operation).getSimpleName()).toList();
		assertThat(withExamples).containsAll(SpecMapping.RECORDS.values().stream().map(Class::getSimpleName).toList());
	}

	@ParameterizedTest
	@MethodSource("examples")
	void exampleWhenReadByTheClientThenEveryMappedValueIsKept(String operation) {
		JsonNode example = SpecDocument.MESSAGING.example(operation);
		Class<?> type = recordOf(operation);
		List<String> differences = new ArrayList<>();

		if (example.has("items")) {
			List<?> items = Json.items(response(example), type, "t");
			assertThat(items).hasSize(example.path("items").size());
			for (int i = 0; i < items.size(); i++) {
				compare(type.getSimpleName() + "[" + i + "]", example.path("items").path(i), items.get(i), differences);
			}
		}
		else {
			compare(type.getSimpleName(), example, Json.read(response(example), type, "t"), differences);
		}
		assertThat(differences).isEmpty();
	}

	@Test
	void adminExamplesWhenReadByTheClientThenEveryValueIsKept() {
		Map<String, Class<?>> fixtures = Map.of("admin-license.json", License.class, "admin-licenses-page.json",
				License.class, "admin-role.json", Role.class, "admin-roles-page.json", Role.class,
				"admin-organization.json", Organization.class, "admin-organizations-page.json", Organization.class);
		List<String> differences = new ArrayList<>();
		fixtures.forEach((fixture, type) -> {
			JsonNode example = MAPPER.readTree(FakeWebex.fixture(fixture));
			List<?> records = example.has("items") ? Json.items(response(example), type, "t")
					: List.of(Json.read(response(example), type, "t"));
			JsonNode nodes = example.has("items") ? example.path("items") : MAPPER.createArrayNode().add(example);
			assertThat(records).hasSize(nodes.size());
			for (int i = 0; i < records.size(); i++) {
				compare(fixture + "[" + i + "]", nodes.path(i), records.get(i), differences);
			}
		});
		assertThat(differences).isEmpty();
	}

	private static @Nullable Class<?> recordOf(String operation) {
		SpecDocument spec = SpecDocument.MESSAGING;
		JsonNode schema = spec.responseSchema(operation);
		if (schema == null || spec.example(operation) == null) {
			return null;
		}
		JsonNode items = spec.resolve(schema).path("properties").path("items").path("items");
		String name = spec.schemaName(items.isMissingNode() ? schema : items);
		return (name != null) ? SpecMapping.RECORDS.get(name) : null;
	}

	/** Compares an example value with what the client read, recording each difference under its path. */
	private static void compare(String path, JsonNode example, @Nullable Object value, List<String> differences) {
		if (example.isNull()) {
			if (value != null && !Boolean.FALSE.equals(value) && !(value instanceof List<?> list && list.isEmpty())) {
				differences.add(path + ": null read as " + value);
			}
			return;
		}
		if (value instanceof FieldMap fields) {
			value = fields.asMap();
			if (!MAPPER.convertValue(example, Map.class).equals(value)) {
				differences.add(path + ": " + example + " read as " + value);
			}
			return;
		}
		if (value != null && value.getClass().isRecord() && example.isObject()) {
			for (String name : example.propertyNames()) {
				var component = SpecSchemaTests.component(value.getClass(), name);
				if (component == null) {
					if (!SpecMapping.IGNORED.containsKey(path.replaceAll("\\[\\d+]", "") + "." + name)) {
						differences.add(path + "." + name + ": not read");
					}
					continue;
				}
				try {
					compare(path + "." + name, example.path(name), component.getAccessor().invoke(value), differences);
				}
				catch (ReflectiveOperationException ex) {
					throw new AssertionError(ex);
				}
			}
			return;
		}
		if (value instanceof List<?> list && example.isArray()) {
			if (list.size() != example.size()) {
				differences.add(path + ": " + example.size() + " elements read as " + list.size());
				return;
			}
			for (int i = 0; i < list.size(); i++) {
				compare(path + "[" + i + "]", example.path(i), list.get(i), differences);
			}
			return;
		}
		if (!scalar(example).equals(scalar(value))) {
			differences.add(path + ": " + example + " read as " + value);
		}
	}

	/** A comparable form: instants as instants, numbers as decimals, enums and value types by wire value. */
	private static Object scalar(@Nullable Object value) {
		if (value instanceof JsonNode node) {
			if (node.isNumber()) {
				return new BigDecimal(node.asString()).stripTrailingZeros();
			}
			String text = node.asString();
			if (text.length() >= 20 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
				return Instant.parse(text);
			}
			return text;
		}
		if (value instanceof Number number) {
			return new BigDecimal(number.toString()).stripTrailingZeros();
		}
		if (value instanceof Instant || value == null) {
			return String.valueOf(value).equals("null") ? "null" : value;
		}
		if (value instanceof Boolean || value instanceof String) {
			return value.toString();
		}
		try {
			return String.valueOf(value.getClass().getMethod("value").invoke(value));
		}
		catch (ReflectiveOperationException ex) {
			return value.toString();
		}
	}

	private static RawResponse response(JsonNode json) {
		return new RawResponse(200, HttpHeaders.of(Map.of(), (name, value) -> true),
				json.toString().getBytes(StandardCharsets.UTF_8), "t");
	}

}
