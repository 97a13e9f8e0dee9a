package io.webexkit.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code /v1/webhooks}: a person registers, lists, reads, updates and deletes their own webhooks; another person's
 * webhook id answers 404. Any valid access token may list and change its person's webhooks; creating one needs the
 * read scope of its resource. The simulator delivers (see {@link WebhookDispatcher}) {@code messages}/{@code created}
 * events to everyone who sees the space, and the {@code rooms} and {@code memberships} events of shared spaces.
 */
@Controller
class WebhooksController {

	static final Set<String> RESOURCES = Set.of("messages", "memberships", "rooms", "all");

	static final Set<String> EVENTS = Set.of("created", "updated", "deleted", "all");

	private static final Map<String, List<String>> READ_SCOPES = Map.of("messages", List.of("spark:messages_read"),
			"memberships", List.of("spark:memberships_read"), "rooms", List.of("spark:rooms_read"), "all",
			List.of("spark:messages_read", "spark:memberships_read", "spark:rooms_read"));

	private static final String NOT_FOUND = "The requested resource could not be found.";

	private final WebexSimulator simulator;

	private final ApiSupport api;

	WebhooksController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@PostMapping("/v1/webhooks")
	ResponseEntity<byte[]> create(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, ApiSupport.ANY_SCOPE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String name = RequestBodies.requiredText(json, "name");
			String targetUrl = targetUrl(RequestBodies.requiredText(json, "targetUrl"));
			String resource = RequestBodies.requiredText(json, "resource");
			String event = RequestBodies.requiredText(json, "event");
			if (!RESOURCES.contains(resource)) {
				throw ApiException.badRequest("resource must be messages, memberships, rooms or all");
			}
			if (!EVENTS.contains(event)) {
				throw ApiException.badRequest("event must be created, updated, deleted or all");
			}
			String filter = RequestBodies.text(json, "filter");
			String secret = secret(RequestBodies.text(json, "secret"));
			String ownedBy = ownedBy(RequestBodies.text(json, "ownedBy"), "creator");
			caller.requireScopes(READ_SCOPES.get(resource));
			SimulatedPerson person = caller.person();
			SimWebhook webhook = new SimWebhook(Ids.encode("WEBHOOK", UUID.randomUUID()), person.id(), name,
					targetUrl, resource, event, (filter != null && !filter.isBlank()) ? filter : null, secret,
					this.simulator.now(), person.orgId(), person.id(), appId(caller), ownedBy, new WebhookHealth());
			this.simulator.webhooks().add(webhook);
			return webhook.json();
		});
	}

	@GetMapping("/v1/webhooks")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, ApiSupport.ANY_SCOPE, (caller) -> {
			int max = Links.max(request.getParameter("max"), 100);
			String cursor = request.getParameter("cursor");
			int position = (cursor != null)
					? Links.position(cursor).orElseThrow(() -> ApiException.badRequest("The cursor is invalid")) : 0;
			List<SimWebhook> webhooks = this.simulator.webhooks().list(caller.person().id());
			List<Map<String, Object>> items = new ArrayList<>();
			while (position < webhooks.size() && items.size() < max) {
				items.add(webhooks.get(position++).json());
			}
			String next = null;
			if (position < webhooks.size()) {
				Map<String, String> query = new LinkedHashMap<>();
				query.put("max", this.simulator.behavior().linkDefects() ? "null" : Integer.toString(max));
				query.put("cursor", Links.cursor(position));
				next = Links.next(request, query);
			}
			return new ApiSupport.Page(items, next);
		});
	}

	@GetMapping("/v1/webhooks/{webhookId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String webhookId) {
		return this.api.call(request, ApiSupport.ANY_SCOPE, (caller) -> this.simulator.webhooks()
			.find(caller.person().id(), webhookId)
			.orElseThrow(() -> ApiException.notFound(NOT_FOUND))
			.json());
	}

	/**
	 * Changes name, target URL, secret and owner kind; {@code resource}, {@code event} and {@code filter} cannot be
	 * changed, as in Webex. An absent {@code secret} or {@code ownedBy} keeps the current one, an empty secret
	 * removes it. {@code status: "active"} reactivates a disabled webhook, {@code "inactive"} pauses it.
	 */
	@PutMapping("/v1/webhooks/{webhookId}")
	ResponseEntity<byte[]> update(HttpServletRequest request, @PathVariable String webhookId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, ApiSupport.ANY_SCOPE, (caller) -> {
			String ownerId = caller.person().id();
			SimWebhook current = this.simulator.webhooks()
				.find(ownerId, webhookId)
				.orElseThrow(() -> ApiException.notFound(NOT_FOUND));
			JsonNode json = RequestBodies.object(body);
			String name = RequestBodies.requiredText(json, "name");
			String targetUrl = targetUrl(RequestBodies.requiredText(json, "targetUrl"));
			String secret = json.has("secret") ? secret(RequestBodies.text(json, "secret")) : current.secret();
			String ownedBy = ownedBy(RequestBodies.text(json, "ownedBy"), current.ownedBy());
			String status = RequestBodies.text(json, "status");
			if (status != null && !status.equals(SimWebhook.ACTIVE) && !status.equals(SimWebhook.INACTIVE)) {
				throw ApiException.badRequest("status must be active or inactive");
			}
			SimWebhook updated = this.simulator.webhooks()
				.update(ownerId, webhookId, (webhook) -> webhook.update(name, targetUrl, secret, ownedBy))
				.orElseThrow(() -> ApiException.notFound(NOT_FOUND));
			if (SimWebhook.ACTIVE.equals(status)) {
				updated.health().activate(this.simulator.now());
			}
			else if (SimWebhook.INACTIVE.equals(status)) {
				updated.health().deactivate();
			}
			return updated.json();
		});
	}

	@DeleteMapping("/v1/webhooks/{webhookId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String webhookId) {
		return this.api.call(request, ApiSupport.ANY_SCOPE, (caller) -> {
			if (!this.simulator.webhooks().remove(caller.person().id(), webhookId)) {
				throw ApiException.notFound(NOT_FOUND);
			}
			return new ApiSupport.NoContent();
		});
	}

	/** An absolute {@code http} or {@code https} URL with a host, as the dispatcher can call it. */
	private static String targetUrl(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			if (("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null) {
				return value;
			}
		}
		catch (URISyntaxException ex) {
			// answered below
		}
		throw ApiException.badRequest("targetUrl must be an absolute http or https URL");
	}

	/** An empty secret is no secret: there is nothing to key the signature with. */
	private static @Nullable String secret(@Nullable String value) {
		return (value != null && !value.isEmpty()) ? value : null;
	}

	/**
	 * {@code creator} (the default) or {@code org}; an org-wide webhook needs an administrator's token, and the
	 * simulated Webex has no administrators.
	 */
	private static String ownedBy(@Nullable String value, String absent) {
		if (value == null) {
			return absent;
		}
		if ("org".equals(value)) {
			throw new ApiException(403, "Only an organization administrator may create org-wide webhooks");
		}
		if (!"creator".equals(value)) {
			throw ApiException.badRequest("ownedBy must be creator or org");
		}
		return value;
	}

	private static String appId(ApiSupport.Caller caller) {
		String clientId = caller.clientId();
		return Ids.encode("APPLICATION", (clientId != null) ? clientId : "webex-simulator-direct-tokens");
	}

}
