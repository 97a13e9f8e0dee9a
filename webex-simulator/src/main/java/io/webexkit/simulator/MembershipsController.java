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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Webex's Memberships API: list (a space's members, or the caller's own memberships), get, create, update
 * (moderators, hiding a space) and delete, with moderated spaces' rules; the members of generated rooms cannot be
 * changed.
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

	/**
	 * The members of one of the caller's spaces ({@code roomId}, optionally narrowed to one person by
	 * {@code personId} or {@code personEmail}), or without {@code roomId} the caller's own memberships in every space
	 * they are in (Webex takes a person filter only with a room).
	 */
	@GetMapping("/v1/memberships")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		List<String> scopes = List.of("spark:memberships_read", "spark:rooms_read", "spark:all");
		return this.api.call(request, scopes, (caller) -> {
			String roomId = blankToNull(request.getParameter("roomId"));
			String personId = blankToNull(request.getParameter("personId"));
			String personEmail = blankToNull(request.getParameter("personEmail"));
			if (roomId == null && (personId != null || personEmail != null)) {
				throw ApiException.badRequest("roomId is required to list the memberships of a person");
			}
			int max = Links.max(request.getParameter("max"), 100);
			String cursor = request.getParameter("cursor");
			int position = (cursor != null)
					? Links.position(cursor).orElseThrow(() -> ApiException.badRequest("The cursor is invalid")) : 0;
			List<Map<String, Object>> items = new ArrayList<>();
			int size;
			if (roomId != null) {
				SimRoom room = RoomsController.findRoom(this.simulator, caller, roomId);
				List<Map<String, Object>> members = memberships(room);
				members.removeIf((m) -> (personId != null && !personId.equals(m.get("personId")))
						|| (personEmail != null && !personEmail.equalsIgnoreCase((String) m.get("personEmail"))));
				size = members.size();
				while (position < size && items.size() < max) {
					items.add(members.get(position++));
				}
			}
			else {
				RoomListing rooms = new RoomListing(this.simulator, caller.index(), RoomSort.ID);
				size = rooms.size();
				while (position < size && items.size() < max) {
					SimRoom room = rooms.at(position++);
					memberships(room).stream()
						.filter((m) -> caller.person().id().equals(m.get("personId")))
						.forEach(items::add);
				}
			}
			String next = null;
			if (position < size) {
				Map<String, String> query = new LinkedHashMap<>();
				if (roomId != null) {
					query.put("roomId", roomId);
				}
				if (personId != null) {
					query.put("personId", personId);
				}
				if (personEmail != null) {
					query.put("personEmail", personEmail);
				}
				query.put("max", Integer.toString(max));
				query.put("cursor", Links.cursor(position));
				next = Links.next(request, query);
			}
			return new ApiSupport.Page(items, next);
		});
	}

	/** One membership of a space the caller is in. */
	@GetMapping("/v1/memberships/{membershipId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String membershipId) {
		List<String> scopes = List.of("spark:memberships_read", "spark:rooms_read", "spark:all");
		return this.api.call(request, scopes, (caller) -> {
			Located located = locate(caller, membershipId);
			return memberships(located.room()).stream()
				.filter((m) -> located.personId().equals(m.get("personId")))
				.findFirst()
				.orElseThrow(() -> ApiException.notFound(NOT_FOUND));
		});
	}

	/**
	 * Adds the person named by {@code personId} or {@code personEmail} to a shared space of the caller, as a
	 * moderator with {@code isModerator}; in a moderated space only moderators add people.
	 */
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
			boolean moderator = RequestBodies.flag(json, "isModerator").orElse(false);
			SimRoom room = this.simulator.sharedSpace(caller.person(), roomId);
			String wanted = (personId != null) ? personId : personEmail;
			SimulatedPerson person = this.simulator.users().get(this.simulator.personIndex(wanted));
			return this.simulator.addSharedMember(caller.person(), room, person, moderator);
		});
	}

	/** Makes a member a moderator or not (moderators only), or hides the space from the caller's own list. */
	@PutMapping("/v1/memberships/{membershipId}")
	ResponseEntity<byte[]> update(HttpServletRequest request, @PathVariable String membershipId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE_SCOPES, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			Optional<Boolean> moderator = RequestBodies.flag(json, "isModerator");
			Optional<Boolean> hidden = RequestBodies.flag(json, "isRoomHidden");
			if (moderator.isEmpty() && hidden.isEmpty()) {
				throw ApiException.badRequest("isModerator or isRoomHidden is required");
			}
			Located located = locate(caller, membershipId);
			if (!located.room().shared()) {
				throw new ApiException(403, WebexSimulator.GENERATED_ROOM_UNCHANGEABLE);
			}
			return this.simulator.updateSharedMember(caller.person(), located.room(), located.personId(),
					moderator.orElse(null), hidden.orElse(null));
		});
	}

	/** Removes a member (the caller included: leaving) from a shared space of the caller. */
	@DeleteMapping("/v1/memberships/{membershipId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String membershipId) {
		return this.api.call(request, WRITE_SCOPES, (caller) -> {
			Located located = locate(caller, membershipId);
			if (!located.room().shared()) {
				throw new ApiException(403, WebexSimulator.GENERATED_ROOM_UNCHANGEABLE);
			}
			SimulatedPerson person = this.simulator.users().get(this.simulator.personIndex(located.personId()));
			this.simulator.removeSharedMember(caller.person(), located.room(), person);
			return new ApiSupport.NoContent();
		});
	}

	/** The room and person a membership id names, when the caller sees the room and the person is in it. */
	private Located locate(ApiSupport.Caller caller, String membershipId) {
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
		return new Located(room, personId.get());
	}

	/** A room's memberships as the REST API lists them, in the order the members joined. */
	private List<Map<String, Object>> memberships(SimRoom room) {
		List<Map<String, Object>> items = new ArrayList<>();
		Optional<SharedSpaces.SharedSpace> space = room.shared() ? this.simulator.sharedSpaces().get(room.id())
				: Optional.empty();
		if (space.isPresent()) {
			for (SharedSpaces.Member member : space.get().members()) {
				items.add(membership(room, member, true));
			}
			return items;
		}
		for (SimMember member : room.members()) {
			items.add(membership(room, new SharedSpaces.Member(member, room.created(),
					room.locked() && member.id().equals(room.creatorId()), false), true));
		}
		return items;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

	private record Located(SimRoom room, String personId) {
	}

	/**
	 * A membership as Webex shows it: its id joins the person's and the room's uuids. {@code withRoomType}: as the
	 * REST API lists it; without, as a webhook event's {@code data}.
	 */
	static Map<String, Object> membership(SimRoom room, SharedSpaces.Member member, boolean withRoomType) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", Ids.encode("MEMBERSHIP", Ids.decode("PEOPLE", member.person().id()).orElseThrow() + ":"
				+ Ids.decode("ROOM", room.id()).orElseThrow()));
		item.put("roomId", room.id());
		item.put("personId", member.person().id());
		item.put("personEmail", member.person().email());
		item.put("personDisplayName", member.person().displayName());
		item.put("personOrgId", SeedData.ORG_ID);
		item.put("isModerator", member.moderator());
		item.put("isRoomHidden", member.hidden());
		item.put("isMonitor", false);
		if (withRoomType) {
			item.put("roomType", room.type());
		}
		item.put("created", Json.timestamp(member.joined()));
		return item;
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
