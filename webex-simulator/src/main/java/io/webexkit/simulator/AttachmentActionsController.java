package io.webexkit.simulator;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Webex's Attachment Actions API: a card's submission ({@code type} {@code submit}, the card message's id and the
 * inputs), answered {@code 202} as Webex documents; read back by the submitter or the card's author, whose
 * {@code attachmentActions} webhooks are told.
 */
@Controller
class AttachmentActionsController {

	private static final List<String> WRITE = List.of("spark:messages_write", "spark:all");

	private static final List<String> READ = List.of("spark:messages_read", "spark:all");

	private final WebexSimulator simulator;

	private final ApiSupport api;

	AttachmentActionsController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@PostMapping("/v1/attachment/actions")
	ResponseEntity<?> create(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.stream(request, WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String type = RequestBodies.requiredText(json, "type");
			if (!"submit".equals(type)) {
				throw ApiException.badRequest("type must be submit");
			}
			JsonNode inputs = json.get("inputs");
			if (inputs == null || !inputs.isObject()) {
				throw ApiException.badRequest("inputs must be an object");
			}
			Map<String, Object> action = this.simulator.submitCard(caller.person(),
					RequestBodies.requiredText(json, "messageId"), inputs);
			return ResponseEntity.status(202)
				.header(SimulatedFailures.TRACKING_HEADER, caller.trackingId())
				.contentType(MediaType.APPLICATION_JSON)
				.body(Json.write(action));
		});
	}

	@GetMapping("/v1/attachment/actions/{actionId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String actionId) {
		return this.api.call(request, READ, (caller) -> this.simulator.attachmentAction(caller.person(), actionId));
	}

}
