package io.webexkit.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every operation of Webex's Messaging document that the client serves (and the admin reads): what it sends, that it
 * reads the document's own example answer, the scope a 403 names, one refresh after a 401, and retries only where a
 * repeat is harmless.
 */
class OperationsTests {

	/** Operations of the document this table leaves to other tests or out of the client, and why. */
	private static final Map<String, String> ELSEWHERE = Map.of("/hds/",
			"Hybrid Data Security: an on-premises admin product, not messaging", "/room/linkedFolders",
			"ECM folder linking: SharePoint and OneDrive admin, not messaging");

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	static List<Operation> operations() {
		return Operation.all();
	}

	@Test
	void tableWhenComparedWithTheDocumentThenEveryOperationIsServedOrLeftOutForAReason() {
		Set<String> served = Operation.all().stream().map(Operation::spec).collect(Collectors.toSet());
		Set<String> unaccounted = new TreeSet<>();
		for (String operation : SpecDocument.MESSAGING.operations()) {
			String path = operation.substring(operation.indexOf(' ') + 1);
			boolean elsewhere = ELSEWHERE.keySet().stream().anyMatch(path::startsWith);
			if (!served.contains(operation) && !elsewhere) {
				unaccounted.add(operation);
			}
		}
		assertThat(unaccounted).as("operations neither served nor left out for a reason").isEmpty();
		assertThat(served).hasSize(Operation.all().size());
	}

	@ParameterizedTest
	@MethodSource("operations")
	void callWhenWebexAnswersTheDocumentedExampleThenTheRequestIsAsDocumentedAndTheAnswerRead(Operation operation) {
		this.webex.enqueue(success(operation));

		Object result = operation.call().apply(this.webex.client());

		RecordedRequest request = this.webex.request(0);
		assertThat(request.getMethod()).isEqualTo(operation.method());
		assertThat(request.getTarget()).isEqualTo("/v1" + operation.target());
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(body(request)).isEqualTo(operation.body());
		if (operation.body() != null) {
			assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		}
		JsonNode example = answer(operation);
		if (example != null && (example.has("items") || example.has("id"))) {
			assertThat(firstId(result)).isEqualTo(example.has("items") ? example.path("items").path(0).path("id").asString()
					: example.path("id").asString(null));
		}
	}

	@ParameterizedTest
	@MethodSource("operations")
	void callWhenForbiddenThenTheExceptionNamesTheScopeOfTheOperation(Operation operation) {
		this.webex.enqueueJson(403, "error-403.json");

		assertThatExceptionOfType(WebexForbiddenException.class)
			.isThrownBy(() -> operation.call().apply(this.webex.client()))
			.satisfies((ex) -> assertThat(ex.requiredScope()).isEqualTo(java.util.Optional.ofNullable(operation.scope())));
		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@ParameterizedTest
	@MethodSource("operations")
	void callWhenUnauthorizedOnceThenTheTokenIsRefreshedAndTheSameRequestSentAgain(Operation operation) {
		this.webex.enqueueJson(401, "error-401.json");
		this.webex.enqueue(success(operation));

		operation.call().apply(this.webex.client());

		assertThat(this.webex.tokens.rejected()).containsExactly("token-1");
		assertThat(this.webex.requests()).extracting((request) -> request.getHeaders().get("Authorization"))
			.containsExactly("Bearer token-1", "Bearer token-2");
		RecordedRequest first = this.webex.request(0);
		RecordedRequest second = this.webex.request(1);
		assertThat(second.getMethod()).isEqualTo(first.getMethod());
		assertThat(second.getTarget()).isEqualTo(first.getTarget());
		assertThat(body(second)).isEqualTo(body(first));
	}

	@ParameterizedTest
	@MethodSource("operations")
	void callWhenWebexFailsOnceThenRetriedUnlessItIsAPostThatMayHaveTakenEffect(Operation operation) {
		this.webex.enqueue(new MockResponse.Builder().code(503).build());
		this.webex.enqueue(success(operation));

		if (operation.method().equals("POST")) {
			assertThatExceptionOfType(WebexServerException.class)
				.isThrownBy(() -> operation.call().apply(this.webex.client()));
			assertThat(this.webex.requestCount()).isEqualTo(1);
		}
		else {
			operation.call().apply(this.webex.client());
			assertThat(this.webex.requests()).extracting(RecordedRequest::getMethod)
				.containsExactly(operation.method(), operation.method());
		}
	}

	/** The documented example with its documented status, or the fixture; 204 with no body for a DELETE. */
	private static MockResponse success(Operation operation) {
		if (operation.fixture() != null) {
			return FakeWebex.json(200, operation.fixture()).build();
		}
		JsonNode example = SpecDocument.MESSAGING.example(operation.spec());
		int status = SpecDocument.MESSAGING.successStatus(operation.spec());
		if (example == null) {
			return new MockResponse.Builder().code(status).build();
		}
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.body(example.toString())
			.build();
	}

	private static JsonNode answer(Operation operation) {
		if (operation.fixture() != null) {
			return tools.jackson.databind.json.JsonMapper.builder().build().readTree(FakeWebex.fixture(operation.fixture()));
		}
		return SpecDocument.MESSAGING.example(operation.spec());
	}

	/** The id of the record read, or of a page's first item. */
	private static String firstId(Object result) {
		Object item = (result instanceof Page<?> page) ? page.items().get(0) : result;
		try {
			Object id = item.getClass().getMethod("id").invoke(item);
			return (id != null) ? id.toString() : null;
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(item.getClass() + " has no id()", ex);
		}
	}

	private static String body(RecordedRequest request) {
		String body = (request.getBody() != null) ? request.getBody().string(StandardCharsets.UTF_8) : "";
		return body.isEmpty() ? null : body;
	}

}
