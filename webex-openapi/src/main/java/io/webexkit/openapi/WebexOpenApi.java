package io.webexkit.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.jspecify.annotations.Nullable;

/**
 * A Webex OpenAPI document as tests use it: its operations, and whether a response is what the document says the
 * operation answers (status, headers and the JSON body against its schema), with Atlassian's
 * {@code swagger-request-validator}. Where real Webex answers otherwise than the document, {@link SpecDeviations}
 * says so and the validation follows real Webex.
 */
public final class WebexOpenApi {

	/** The Messaging document: people, rooms, memberships, messages, teams, webhooks and the rest. */
	public static final String MESSAGING = "webex-messaging.json";

	/** The Admin document: organizations, licenses, roles and the rest of an organization's administration. */
	public static final String ADMIN = "webex-admin.json";

	private static final Map<String, WebexOpenApi> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

	private final String name;

	private final List<SpecOperation> operations;

	private final OpenApiInteractionValidator validator;

	private WebexOpenApi(String name, String json) {
		this.name = name;
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		OpenAPI api = new OpenAPIV3Parser().readContents(json, null, options).getOpenAPI();
		if (api == null) {
			throw new IllegalStateException(name + " is not an OpenAPI document");
		}
		this.operations = operations(api);
		// from the parsed document: the validator refuses a document with parser warnings, and the Admin one has
		// some that do not matter here (schema names with spaces, repeated operation ids of unrelated reports)
		this.validator = OpenApiInteractionValidator.createFor(api)
			.withBasePathOverride("/v1")
			.withLevelResolver(SpecDeviations.levels())
			.withWhitelist(SpecDeviations.whitelist())
			.withCustomResponseValidation(SpecDeviations.errorShape())
			.build();
	}

	/** The Messaging document, loaded once. */
	public static WebexOpenApi messaging() {
		return LOADED.computeIfAbsent(MESSAGING, (name) -> new WebexOpenApi(name, read(name)));
	}

	/** The Admin document, loaded once. */
	public static WebexOpenApi admin() {
		return LOADED.computeIfAbsent(ADMIN, (name) -> new WebexOpenApi(name, read(name)));
	}

	/** The document itself, as vendored (its bytes unchanged). */
	public static String read(String name) {
		try (InputStream in = WebexOpenApi.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalArgumentException("No such document: " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every operation, by path then method. */
	public List<SpecOperation> operations() {
		return this.operations;
	}

	/** The operation {@code method} {@code path} is (a path under {@code /v1}, e.g. {@code /rooms/abc}). */
	public Optional<SpecOperation> operation(String method, String path) {
		return this.operations.stream().filter((operation) -> operation.matches(method, path)).findFirst();
	}

	/**
	 * What is wrong with this response to {@code method} {@code path} (under {@code /v1}), as the document describes
	 * the operation; empty when nothing is, or when the document does not have the operation.
	 */
	public List<String> responseProblems(String method, String path, int status, @Nullable String contentType,
			byte @Nullable [] body) {
		if (operation(method, path).isEmpty()) {
			return List.of();
		}
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		if (contentType != null) {
			response.withContentType(contentType);
		}
		if (body != null && body.length > 0) {
			response.withBody(body);
		}
		// the whole interaction, so that the allowances can look at the path; request checks are turned off
		Request request = new SimpleRequest.Builder(method.toUpperCase(java.util.Locale.ROOT), "/v1" + path).build();
		ValidationReport report = this.validator.validate(request, response.build());
		List<String> problems = new ArrayList<>();
		for (ValidationReport.Message message : report.getMessages()) {
			if (message.getLevel() == ValidationReport.Level.ERROR) {
				problems.add(message.getKey() + ": " + message.getMessage());
			}
		}
		return problems;
	}

	@Override
	public String toString() {
		return "WebexOpenApi[" + this.name + ", " + this.operations.size() + " operations]";
	}

	private static List<SpecOperation> operations(OpenAPI api) {
		List<SpecOperation> operations = new ArrayList<>();
		api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			String tag = (operation.getTags() != null && !operation.getTags().isEmpty()) ? operation.getTags().get(0)
					: "";
			String id = (operation.getOperationId() != null) ? operation.getOperationId() : method + " " + path;
			operations.add(new SpecOperation(method.name(), path, id, tag));
		}));
		operations.sort(Comparator.comparing(SpecOperation::path).thenComparing(SpecOperation::method));
		return List.copyOf(operations);
	}

}
