package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /v1/memberships?roomId=...}: the members of one of the caller's rooms. */
@Controller
class MembershipsController {

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
			List<Map<String, Object>> items = new ArrayList<>();
			List<SimMember> members = room.members();
			while (position < members.size() && items.size() < max) {
				SimMember member = members.get(position++);
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
				item.put("roomType", room.type());
				item.put("created", Json.timestamp(room.created()));
				items.add(item);
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

}
