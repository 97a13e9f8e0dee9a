package io.webexkit.simulator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Webex's Events API, for a compliance officer (Alex Rivera, with {@code spark-compliance:events_read}): the
 * organization's changes, newest first, filtered by {@code resource}, {@code type}, {@code actorId}, {@code from} and
 * {@code to}, paged with a cursor.
 */
@Controller
class EventsController {

	private static final List<String> SCOPES = List.of("spark-compliance:events_read");

	private final WebexSimulator simulator;

	private final ApiSupport api;

	EventsController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/events")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, SCOPES, (caller) -> {
			officer(caller);
			String resource = request.getParameter("resource");
			String type = request.getParameter("type");
			String actorId = request.getParameter("actorId");
			Instant from = instant(request.getParameter("from"), "from");
			Instant to = instant(request.getParameter("to"), "to");
			int max = Links.max(request.getParameter("max"), 100);
			String cursor = request.getParameter("cursor");
			int position = (cursor != null)
					? Links.position(cursor).orElseThrow(() -> ApiException.badRequest("The cursor is invalid")) : 0;
			List<EventLog.Event> events = this.simulator.events().newestFirst();
			events.removeIf((e) -> (resource != null && !resource.equals(e.resource()))
					|| (type != null && !type.equals(e.type())) || (actorId != null && !actorId.equals(e.actorId()))
					|| (from != null && e.created().isBefore(from)) || (to != null && !e.created().isBefore(to)));
			List<Map<String, Object>> items = new ArrayList<>();
			while (position < events.size() && items.size() < max) {
				items.add(events.get(position++).item());
			}
			String next = null;
			if (position < events.size()) {
				Map<String, String> query = new LinkedHashMap<>();
				for (String name : List.of("resource", "type", "actorId", "from", "to")) {
					String value = request.getParameter(name);
					if (value != null) {
						query.put(name, value);
					}
				}
				query.put("max", Integer.toString(max));
				query.put("cursor", Links.cursor(position));
				next = Links.next(request, query);
			}
			return new ApiSupport.Page(items, next);
		});
	}

	@GetMapping("/v1/events/{eventId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String eventId) {
		return this.api.call(request, SCOPES, (caller) -> {
			officer(caller);
			return this.simulator.events()
				.get(eventId)
				.orElseThrow(() -> ApiException.notFound("The requested resource could not be found."))
				.item();
		});
	}

	private static void officer(ApiSupport.Caller caller) {
		if (!Directory.roles(caller.index()).contains(Directory.COMPLIANCE_OFFICER_ROLE)) {
			throw new ApiException(403, "Only a compliance officer can read the organization's events");
		}
	}

	private static @Nullable Instant instant(@Nullable String value, String name) {
		try {
			return (value == null || value.isEmpty()) ? null : Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest(name + " must be an ISO-8601 timestamp");
		}
	}

}
