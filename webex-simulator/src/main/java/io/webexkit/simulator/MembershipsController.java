package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code GET /v1/memberships?roomId=...}: the members of one of the caller's rooms. {@code POST /v1/memberships}
 * adds a simulated person to a shared space the caller is a member of, and
 * {@code DELETE /v1/memberships/{membershipId}} removes one; the members of generated rooms cannot be changed.
 */
@Controller
class MembershipsController {

	private static final List<String> WRITE_SCOPES = List.of("spark:memberships_write", "spark:all");

	private static final String NOT_FOUND = "The requested resource could not be found.";

	private final WebexSimulator simulator;

	private final ApiSupport api;

	MembershipsController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/memberships")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		List<String> scopes = List.of("spark:memberships_read", "spark:rooms_read", "spark:all");
		return this.api.call(request, scopes, (caller) -> {
			String roomId = request.getParameter("roomId");
			if (roomId == null || roomId.isEmpty()) {
				throw ApiException.badRequest("The simulated Webex lists memberships by roomId only");
			}
			int max = Links.max(request.getParameter("max"), 100);
			String cursor = request.getParameter("cursor");
			int position = (cursor != null)
					? Links.position(cursor).orElseThrow(() -> ApiException.badRequest("The cursor is invalid")) : 0;
			SimRoom room = RoomsController.findRoom(this.simulator, caller, roomId);
			List<SimMember> members = room.members();
			List<Instant> joined = joined(room);
			List<Map<String, Object>> items = new ArrayList<>();
			while (position < members.size() && items.size() < max) {
				items.add(membership(room, members.get(position), joined.get(position), true));
				position++;
			}
			String next = null;
			if (position < members.size()) {
				Map<String, String> query = new LinkedHashMap<>();
				query.put("roomId", roomId);
				query.put("max", Integer.toString(max));
				query.put("cursor", Links.cursor(position));
				next = Links.next(request, query);
			}
			return new ApiSupport.Page(items, next);
		});
	}

	/** Adds the person named by {@code personId} or {@code personEmail} to a shared space of the caller. */
	@PostMapping("/v1/memberships")
	ResponseEntity<byte[]> create(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE_SCOPES, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String roomId = RequestBodies.requiredText(json, "roomId");
			String personId = RequestBodies.text(json, "personId");
			String personEmail = RequestBodies.text(json, "personEmail");
			if ((personId == null) == (personEmail == null)) {
				throw ApiException.badRequest("Exactly one of personId or personEmail is required");
			}
			if (json.has("isModerator") && json.get("isModerator").asBoolean(false)) {
				throw ApiException.badRequest("The simulated Webex has no moderated spaces");
			}
			SimRoom room = this.simulator.sharedSpace(caller.person(), roomId);
			String wanted = (personId != null) ? personId : personEmail;
			SimulatedPerson person = this.simulator.users().get(this.simulator.personIndex(wanted));
			return this.simulator.addSharedMember(caller.person(), room, person);
		});
	}

	/** Removes a member (the caller included: leaving) from a shared space of the caller. */
	@DeleteMapping("/v1/memberships/{membershipId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String membershipId) {
		return this.api.call(request, WRITE_SCOPES, (caller) -> {
			String[] parts = Ids.value("MEMBERSHIP", membershipId).orElse("").split(":");
			Optional<String> personId = (parts.length == 2) ? uuid(parts[0]).map((uuid) -> Ids.encode("PEOPLE", uuid))
					: Optional.empty();
			Optional<String> roomId = (parts.length == 2) ? uuid(parts[1]).map((uuid) -> Ids.encode("ROOM", uuid))
					: Optional.empty();
			if (personId.isEmpty() || roomId.isEmpty()) {
				throw ApiException.notFound(NOT_FOUND);
			}
			SimRoom room = this.simulator.findRoom(caller.index(), roomId.get())
				.filter((found) -> found.hasMember(personId.get()))
				.orElseThrow(() -> ApiException.notFound(NOT_FOUND));
			if (!room.shared()) {
				throw new ApiException(403, WebexSimulator.GENERATED_ROOM_UNCHANGEABLE);
			}
			SimulatedPerson person = this.simulator.users().get(this.simulator.personIndex(personId.get()));
			this.simulator.removeSharedMember(caller.person(), room, person);
			return new ApiSupport.NoContent();
		});
	}

	/**
	 * A membership as Webex shows it: its id joins the person's and the room's uuids. {@code withRoomType}: as the
	 * REST API lists it; without, as a webhook event's {@code data}.
	 */
	static Map<String, Object> membership(SimRoom room, SimMember member, Instant created, boolean withRoomType) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", Ids.encode("MEMBERSHIP", Ids.decode("PEOPLE", member.id()).orElseThrow() + ":"
				+ Ids.decode("ROOM", room.id()).orElseThrow()));
		item.put("roomId", room.id());
		item.put("personId", member.id());
		item.put("personEmail", member.email());
		item.put("personDisplayName", member.displayName());
		item.put("personOrgId", SeedData.ORG_ID);
		item.put("isModerator", room.locked() && member.id().equals(room.creatorId()));
		item.put("isMonitor", false);
		if (withRoomType) {
			item.put("roomType", room.type());
		}
		item.put("created", Json.timestamp(created));
		return item;
	}

	/** When each member joined: a shared space knows; everyone is in a generated room since it was created. */
	private List<Instant> joined(SimRoom room) {
		if (room.shared()) {
			Optional<SharedSpaces.SharedSpace> space = this.simulator.sharedSpaces().get(room.id());
			if (space.isPresent() && space.get().members().size() == room.members().size()) {
				return space.get().members().stream().map(SharedSpaces.Member::joined).toList();
			}
		}
		return room.members().stream().map((member) -> room.created()).toList();
	}

	private static Optional<UUID> uuid(String value) {
		try {
			return (value.length() == 36) ? Optional.of(UUID.fromString(value)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
