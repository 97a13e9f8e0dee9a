package io.webexkit.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.interaction.response.CustomResponseValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.exceptions.ProcessingException;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusTypeIs;

/**
 * Where real Webex answers otherwise than its own document: each allowance names the rule it relaxes and why
 * (the sources are in the project's notes on the platform). Nothing else is relaxed. Requests are not validated here:
 * the tests hold answers to the document; what a client may send is the client's tests' business.
 */
final class SpecDeviations {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern NOT_ALLOWED = Pattern
		.compile("^(?:\\[Path '([^']*)'\\] )?Object instance has properties which are not allowed by the schema: "
				+ "\\[([^\\]]*)\\]");

	private SpecDeviations() {
	}

	static LevelResolver levels() {
		return LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build();
	}

	static ValidationErrorsWhitelist whitelist() {
		return ValidationErrorsWhitelist.create()
			.withRule("The document declares no error bodies; Webex answers every 4xx and 5xx with its JSON error "
					+ "(held to webex-error.schema.json instead)",
					allOf(messageHasKey("validation.response.body.unexpected"),
							anyErrorStatus()))
			.withRule("Webex's webhook objects carry orgId, createdBy and appId (as its deliveries do); the "
					+ "document's Webhook schema leaves them out",
					allOf(messageHasKey("validation.response.body.schema.additionalProperties"),
							pathContainsRegexp("^/webhooks"),
							messageContainsSubstring("[\"appId\",\"createdBy\",\"orgId\"]")))
			.withRule("Webex takes resource all / event all (the firehose) for webhooks; the document's event enum "
					+ "leaves all out",
					allOf(messageHasKey("validation.response.body.schema.enum"), pathContainsRegexp("^/webhooks"),
							messageContainsSubstring("Instance value (\"all\") not found in enum")))
			.withRule("Webex's messages carry html when they mention someone (the <spark-mention> markup); the "
					+ "document's Message schema leaves it out",
					allOf(messageHasKey("validation.response.body.schema.additionalProperties"),
							pathContainsRegexp("^/messages"), messageContainsSubstring("[\"html\"]")))
			.withRule("Webex answers a reply's create with its parentId and an edited message with updated, as its "
					+ "reads do; the document's Message schema (the create's answer) leaves them out",
					allOf(messageHasKey("validation.response.body.schema.additionalProperties"),
							pathContainsRegexp("^/messages"), messageContainsSubstring("Object instance has properties"),
							messageMatchesOnly("parentId", "html", "updated")))
			.withRule("Webex's 1:1 listing carries the same messages as its space listing (threads, mentions, "
					+ "cards); the document's DirectMessage schema leaves those fields out",
					allOf(messageHasKey("validation.response.body.schema.additionalProperties"),
							pathContainsRegexp("^/messages/direct"),
							messageMatchesOnly("parentId", "html", "updated", "mentionedPeople", "mentionedGroups",
									"attachments")))
			.withRule("A message's attachments are Adaptive Cards ({contentType, content: {type: AdaptiveCard, "
					+ "version, body, actions}}), as Webex's buttons-and-cards guide says; the document's Attachment "
					+ "schema describes an ECM file instead",
					allOf(pathContainsRegexp("^/messages"), messageContainsSubstring("/attachments/0")))
			.withRule("An attachment action's inputs are the card's own input ids and values; the document's schema "
					+ "lists one example card's fields as if they were the only ones",
					allOf(messageHasKey("validation.response.body.schema.additionalProperties"),
							pathContainsRegexp("^/attachment/actions"), messageContainsSubstring("[Path '/inputs']")))
			.withRule("An event's data is the changed resource as it was (a membership, a room, an attachment action, "
					+ "as the document's own description says); its schema lists only the fields of messages, meetings "
					+ "and calls",
					allOf(messageHasKey("validation.response.body.schema.additionalProperties"),
							pathContainsRegexp("^/events"), messageContainsSubstring("/data']")))
			.withRule("Webex marks a room whose title it cannot decrypt with errors.title (code kms_failure); the "
					+ "document's Room schema leaves errors out",
					allOf(messageHasKey("validation.response.body.schema.additionalProperties"),
							pathContainsRegexp("^/rooms"), messageContainsSubstring("[\"errors\"]")));
	}

	/**
	 * An additional-properties report whose properties (at the answer's top level or of a listed item) are all
	 * among {@code allowed}.
	 */
	private static WhitelistRule messageMatchesOnly(String... allowed) {
		Set<String> names = Set.of(allowed);
		return (message, operation, request, response) -> {
			Matcher matcher = NOT_ALLOWED.matcher(message.getMessage());
			if (!matcher.find() || (matcher.group(1) != null && !matcher.group(1).matches("/items/\\d+"))) {
				return false;
			}
			for (String name : matcher.group(2).split(",")) {
				if (!names.contains(name.replace("\"", "").trim())) {
					return false;
				}
			}
			return true;
		};
	}

	private static com.atlassian.oai.validator.whitelist.rule.WhitelistRule anyErrorStatus() {
		return com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf(
				responseStatusTypeIs(StatusType.CLIENT_ERROR), responseStatusTypeIs(StatusType.SERVER_ERROR));
	}

	/** Error answers (4xx, 5xx) must be Webex's JSON error, which the document does not describe. */
	static CustomResponseValidator errorShape() {
		JsonSchema schema = errorSchema();
		return (response, operation) -> {
			if (response.getStatus() < 400) {
				return ValidationReport.empty();
			}
			try {
				String body = response.getResponseBody().filter(Body::hasBody).isPresent()
						? response.getResponseBody().get().toString(StandardCharsets.UTF_8) : "";
				ProcessingReport report = schema.validate(JSON.readTree(body.isEmpty() ? "null" : body));
				if (report.isSuccess()) {
					return ValidationReport.empty();
				}
				StringBuilder problems = new StringBuilder();
				for (ProcessingMessage message : report) {
					problems.append(message.getMessage()).append("; ");
				}
				return ValidationReport.singleton(ValidationReport.Message
					.create("webex.response.error.shape", "Not Webex's JSON error: " + problems).build());
			}
			catch (IOException | ProcessingException ex) {
				return ValidationReport.singleton(ValidationReport.Message
					.create("webex.response.error.shape", "Not Webex's JSON error: " + ex.getMessage()).build());
			}
		};
	}

	private static JsonSchema errorSchema() {
		try {
			JsonNode schema = JSON.readTree(WebexOpenApi.read("webex-error.schema.json"));
			return JsonSchemaFactory.byDefault().getJsonSchema(schema);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ProcessingException ex) {
			throw new IllegalStateException("webex-error.schema.json is not a JSON schema", ex);
		}
	}

}
