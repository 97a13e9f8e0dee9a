package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** {@code GET /v1/messages} (newest first, paged with {@code beforeMessage}) and {@code POST /v1/messages}. */
@Controller
class MessagesController {

	static final int MAX_MESSAGE_BYTES = 7439;

	private final WebexSimulator simulator;

	private final ApiSupport api;

	MessagesController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/messages")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, List.of("spark:messages_read", "spark:all"), (caller) -> {
			String roomId = request.getParameter("roomId");
			if (roomId == null || roomId.isEmpty()) {
				throw ApiException.badRequest("roomId is required");
			}
			int max = Links.max(request.getParameter("max"), this.simulator.behavior().defaultMessagesPageSize());
			SimRoom room = RoomsController.findRoom(this.simulator, caller, roomId);
			MessageCatalog.Timeline timeline = this.simulator.messages().timeline(room);
			int position = 0;
			String beforeMessage = request.getParameter("beforeMessage");
			if (beforeMessage != null) {
				position = timeline.positionOf(beforeMessage)
					.orElseThrow(() -> ApiException.badRequest("beforeMessage is not a message of this room")) + 1;
			}
			Instant before = before(request.getParameter("before"));
			while (before != null && position < timeline.size() && !timeline.at(position).created().isBefore(before)) {
				position++;
			}
			List<Map<String, Object>> items = new ArrayList<>();
			SimMessage last = null;
			while (position < timeline.size() && items.size() < max) {
				last = timeline.at(position++);
				items.add(item(last));
			}
			String next = null;
			if (last != null && position < timeline.size()) {
				Map<String, String> query = new LinkedHashMap<>();
				query.put("roomId", roomId);
				query.put("max", this.simulator.behavior().linkDefects() ? "null" : Integer.toString(max));
				query.put("beforeMessage", last.id());
				next = Links.next(request, query);
			}
			return new ApiSupport.Page(items, next);
		});
	}

	/**
	 * One message by id, when it is in one of the caller's spaces (Webex answers 404 otherwise, as for a message
	 * that does not exist). A webhook's {@code messages} event carries only ids: this is how its text is read.
	 */
	@GetMapping("/v1/messages/{messageId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String messageId) {
		return this.api.call(request, List.of("spark:messages_read", "spark:all"), (caller) -> {
			List<SimRoom> rooms = new ArrayList<>(this.simulator.sharedRooms(caller.index()));
			int count = this.simulator.roomCount(caller.index());
			for (int index = 0; index < count + rooms.size(); index++) {
				SimRoom room = (index < rooms.size()) ? rooms.get(index)
						: this.simulator.rooms().room(caller.index(), index - rooms.size());
				MessageCatalog.Timeline timeline = this.simulator.messages().timeline(room);
				OptionalInt position = timeline.positionOf(messageId);
				if (position.isPresent()) {
					return item(timeline.at(position.getAsInt()));
				}
			}
			throw ApiException.notFound("Could not find a message with provided ID.");
		});
	}

	@PostMapping("/v1/messages")
	ResponseEntity<byte[]> post(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, List.of("spark:messages_write", "spark:all"), (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String roomId = RequestBodies.text(json, "roomId");
			String toPersonId = RequestBodies.text(json, "toPersonId");
			String toPersonEmail = RequestBodies.text(json, "toPersonEmail");
			if (Stream.of(roomId, toPersonId, toPersonEmail).filter((v) -> v != null).count() != 1) {
				throw ApiException.badRequest("Exactly one of roomId, toPersonId or toPersonEmail is required");
			}
			String text = RequestBodies.text(json, "text");
			String markdown = RequestBodies.text(json, "markdown");
			if (json.has("files") || json.has("attachments")) {
				throw ApiException.badRequest("files and attachments are not supported by the simulated Webex");
			}
			checkContent(text, markdown);
			SimRoom room;
			if (roomId != null) {
				room = RoomsController.findRoom(this.simulator, caller, roomId);
			}
			else {
				String target = (toPersonId != null) ? toPersonId : toPersonEmail;
				if (target.equals(caller.person().id()) || target.equalsIgnoreCase(caller.person().email())) {
					throw ApiException.badRequest("You cannot send a direct message to yourself");
				}
				room = this.simulator.rooms()
					.findDirect(caller.index(), this.simulator.roomCount(caller.index()), target)
					.orElseThrow(() -> ApiException.notFound("No 1:1 space with that person exists in the simulation"));
			}
			String plain = (text != null && !text.isBlank()) ? text : markdown;
			return item(this.simulator.post(caller.person(), room, plain,
					(markdown != null && !markdown.isBlank()) ? markdown : null));
		});
	}

	/** A 400 unless there is text or Markdown and neither is longer than Webex allows. */
	static void checkContent(@Nullable String text, @Nullable String markdown) {
		if ((text == null || text.isBlank()) && (markdown == null || markdown.isBlank())) {
			throw ApiException.badRequest("text or markdown is required");
		}
		for (String content : new String[] { text, markdown }) {
			if (content != null && content.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
				throw ApiException.badRequest("The message exceeds the maximum of " + MAX_MESSAGE_BYTES + " bytes");
			}
		}
	}

	private static @Nullable Instant before(@Nullable String value) {
		try {
			return (value != null) ? Instant.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("before must be an ISO-8601 timestamp");
		}
	}

	static Map<String, Object> item(SimMessage message) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", message.id());
		item.put("roomId", message.roomId());
		item.put("roomType", message.roomType());
		item.put("text", message.text());
		if (message.markdown() != null) {
			item.put("markdown", message.markdown());
		}
		if (message.html() != null) {
			item.put("html", message.html());
		}
		item.put("personId", message.personId());
		item.put("personEmail", message.personEmail());
		item.put("created", Json.timestamp(message.created()));
		return item;
	}

}
