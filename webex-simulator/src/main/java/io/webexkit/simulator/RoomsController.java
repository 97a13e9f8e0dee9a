package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * {@code GET /v1/rooms} and {@code GET /v1/rooms/{id}}: the caller's generated rooms and the shared spaces they are a
 * member of. The cursor holds only a position in the sort order; filters and sort come from the query, so a client
 * that re-applies them after a defective next link gets the right page. {@code POST /v1/rooms} creates a shared group
 * space and {@code PUT /v1/rooms/{id}} renames one; generated rooms cannot be changed.
 */
@Controller
class RoomsController {

	private static final List<String> SCOPES = List.of("spark:rooms_read", "spark:all");

	private static final List<String> WRITE_SCOPES = List.of("spark:rooms_write", "spark:all");

	private final WebexSimulator simulator;

	private final ApiSupport api;

	RoomsController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/rooms")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, SCOPES, (caller) -> {
			int max = Links.max(request.getParameter("max"), this.simulator.behavior().defaultRoomsPageSize());
			String type = request.getParameter("type");
			if (type != null && !type.equals("direct") && !type.equals("group")) {
				throw ApiException.badRequest("type must be direct or group");
			}
			String sortBy = request.getParameter("sortBy");
			RoomSort sort = (sortBy != null) ? RoomSort.parse(sortBy)
				.orElseThrow(() -> ApiException.badRequest("sortBy must be id, lastactivity or created")) : RoomSort.ID;
			String teamId = request.getParameter("teamId");
			String cursor = request.getParameter("cursor");
			int position = (cursor != null) ? Links.position(cursor)
				.orElseThrow(() -> ApiException.badRequest("The cursor is invalid")) : 0;
			RoomListing rooms = new RoomListing(this.simulator, caller.index(), sort);
			List<Map<String, Object>> items = new ArrayList<>();
			while (position < rooms.size() && items.size() < max) {
				SimRoom room = rooms.at(position++);
				if (matches(room, type, teamId)) {
					items.add(item(room));
				}
			}
			boolean more = false;
			for (int next = position; next < rooms.size() && !more; next++) {
				more = matches(rooms.at(next), type, teamId);
			}
			return new ApiSupport.Page(items, more ? nextLink(request, max, type, sortBy, teamId, position) : null);
		});
	}

	@GetMapping("/v1/rooms/{roomId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String roomId) {
		return this.api.call(request, SCOPES, (caller) -> item(findRoom(this.simulator, caller, roomId)));
	}

	/**
	 * A new shared group space whose creator and first member is the caller: moderated by them with
	 * {@code isLocked}, in one of their teams with {@code teamId}.
	 */
	@PostMapping("/v1/rooms")
	ResponseEntity<byte[]> create(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE_SCOPES, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String title = RequestBodies.requiredText(json, "title");
			boolean locked = RequestBodies.flag(json, "isLocked").orElse(false);
			SimRoom room = this.simulator.createSharedSpace(caller.person(), title, locked,
					RequestBodies.text(json, "teamId"));
			if (RequestBodies.flag(json, "isAnnouncementOnly").orElse(false)) {
				room = this.simulator.updateSharedSpace(caller.person(), room.id(), null, true, true);
			}
			return item(room);
		});
	}

	/**
	 * Changes a shared space: its {@code title}, {@code isLocked} (moderated) and {@code isReadOnly} or
	 * {@code isAnnouncementOnly} (only moderators post); in a moderated space only moderators change it. A generated
	 * room answers 403.
	 */
	@PutMapping("/v1/rooms/{roomId}")
	ResponseEntity<byte[]> update(HttpServletRequest request, @PathVariable String roomId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE_SCOPES, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String title = RequestBodies.requiredText(json, "title");
			Boolean readOnly = RequestBodies.flag(json, "isReadOnly")
				.or(() -> RequestBodies.flag(json, "isAnnouncementOnly"))
				.orElse(null);
			return item(this.simulator.updateSharedSpace(caller.person(), roomId, title,
					RequestBodies.flag(json, "isLocked").orElse(null), readOnly));
		});
	}

	/** Deletes a shared space (a moderated one: by a moderator) with its messages; a generated room answers 403. */
	@DeleteMapping("/v1/rooms/{roomId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String roomId) {
		return this.api.call(request, WRITE_SCOPES, (caller) -> {
			this.simulator.deleteSharedSpace(caller.person(), roomId);
			return new ApiSupport.NoContent();
		});
	}

	/** The space's meeting: its link, SIP address and number, derived from its id (a simulated meeting). */
	@GetMapping("/v1/rooms/{roomId}/meetingInfo")
	ResponseEntity<byte[]> meetingInfo(HttpServletRequest request, @PathVariable String roomId) {
		return this.api.call(request, SCOPES, (caller) -> {
			SimRoom room = findRoom(this.simulator, caller, roomId);
			long number = 2_000_000_000L + Math.floorMod(room.id().hashCode(), 1_000_000_000);
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("roomId", room.id());
			item.put("meetingLink", "https://simulated.webex.example/meet/" + number);
			item.put("sipAddress", number + "@simulated.webex.example");
			item.put("meetingNumber", Long.toString(number));
			item.put("callInTollFreeNumber", "+1-866-555-0100");
			item.put("callInTollNumber", "+1-408-555-0100");
			return item;
		});
	}

	static SimRoom findRoom(WebexSimulator simulator, ApiSupport.Caller caller, String roomId) {
		return simulator.findRoom(caller.index(), roomId)
			.orElseThrow(() -> ApiException.notFound("Could not find a room with provided ID."));
	}

	private String nextLink(HttpServletRequest request, int max, @Nullable String type, @Nullable String sortBy,
			@Nullable String teamId, int position) {
		Map<String, String> query = new LinkedHashMap<>();
		if (this.simulator.behavior().linkDefects()) {
			// Real Webex writes max=null and forgets the filters; the cursor still points at the right position.
			query.put("max", "null");
		}
		else {
			query.put("max", Integer.toString(max));
			putIfPresent(query, "type", type);
			putIfPresent(query, "sortBy", sortBy);
			putIfPresent(query, "teamId", teamId);
		}
		query.put("cursor", Links.cursor(position));
		return Links.next(request, query);
	}

	private static void putIfPresent(Map<String, String> query, String name, @Nullable String value) {
		if (value != null) {
			query.put(name, value);
		}
	}

	private static boolean matches(SimRoom room, @Nullable String type, @Nullable String teamId) {
		return (type == null || type.equals(room.type())) && (teamId == null || teamId.equals(room.teamId()));
	}

	static Map<String, Object> item(SimRoom room) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", room.id());
		item.put("title", room.title());
		item.put("type", room.type());
		item.put("isLocked", room.locked());
		if (room.teamId() != null) {
			item.put("teamId", Objects.requireNonNull(room.teamId()));
		}
		item.put("lastActivity", Json.timestamp(room.lastActivity()));
		item.put("creatorId", room.creatorId());
		item.put("created", Json.timestamp(room.created()));
		item.put("ownerId", room.ownerId());
		item.put("isReadOnly", room.readOnly());
		item.put("isPublic", room.isPublic());
		if (room.kmsFailure()) {
			item.put("errors", Map.of("title", Map.of("code", "kms_failure", "reason",
					"Key management server failed to respond appropriately. For more information: "
							+ "https://developer.webex.com/docs/api/basics#message-attachments")));
		}
		return item;
	}

}
