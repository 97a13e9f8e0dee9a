package io.webexkit.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
 * Webex's Room Tabs API: pinned https links of a space, listed by {@code roomId} and changed by its members.
 * The tabs live with the simulator's world and go when it is reset.
 */
@Controller
class RoomTabsController {

	private static final List<String> READ = List.of("spark:rooms_read", "spark:all");

	private static final List<String> WRITE = List.of("spark:rooms_write", "spark:all");

	private static final String NOT_FOUND = "The requested resource could not be found.";

	private final WebexSimulator simulator;

	private final ApiSupport api;

	RoomTabsController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/room/tabs")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, READ, (caller) -> {
			String roomId = request.getParameter("roomId");
			if (roomId == null || roomId.isBlank()) {
				throw ApiException.badRequest("roomId is required");
			}
			SimRoom room = RoomsController.findRoom(this.simulator, caller, roomId);
			List<Map<String, Object>> items = new ArrayList<>();
			for (Tab tab : tabs().values()) {
				if (tab.roomId().equals(room.id())) {
					items.add(tab.item());
				}
			}
			return new ApiSupport.Page(items, null);
		});
	}

	@PostMapping("/v1/room/tabs")
	ResponseEntity<byte[]> create(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			SimRoom room = RoomsController.findRoom(this.simulator, caller, RequestBodies.requiredText(json, "roomId"));
			Tab tab = new Tab(Ids.encode("TAB", UUID.randomUUID()), room.id(), room.type(),
					RequestBodies.requiredText(json, "displayName"), url(RequestBodies.requiredText(json, "contentUrl")),
					caller.person().id(), this.simulator.now());
			tabs().put(tab.id(), tab);
			return tab.item();
		});
	}

	@GetMapping("/v1/room/tabs/{tabId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String tabId) {
		return this.api.call(request, READ, (caller) -> visible(caller, tabId).item());
	}

	@PutMapping("/v1/room/tabs/{tabId}")
	ResponseEntity<byte[]> update(HttpServletRequest request, @PathVariable String tabId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			Tab tab = visible(caller, tabId);
			if (!tab.roomId().equals(RequestBodies.requiredText(json, "roomId"))) {
				throw ApiException.badRequest("roomId must be the tab's space");
			}
			Tab changed = new Tab(tab.id(), tab.roomId(), tab.roomType(),
					RequestBodies.requiredText(json, "displayName"), url(RequestBodies.requiredText(json, "contentUrl")),
					tab.creatorId(), tab.created());
			tabs().put(changed.id(), changed);
			return changed.item();
		});
	}

	@DeleteMapping("/v1/room/tabs/{tabId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String tabId) {
		return this.api.call(request, WRITE, (caller) -> {
			visible(caller, tabId);
			tabs().remove(tabId);
			return new ApiSupport.NoContent();
		});
	}

	private Map<String, Tab> tabs() {
		return this.simulator.roomTabs();
	}

	private Tab visible(ApiSupport.Caller caller, String tabId) {
		Tab tab = tabs().get(tabId);
		if (tab == null || this.simulator.findRoom(caller.index(), tab.roomId()).isEmpty()) {
			throw ApiException.notFound(NOT_FOUND);
		}
		return tab;
	}

	/** Webex pins https pages only. */
	private static String url(String value) {
		try {
			URI uri = new URI(value);
			if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
				throw ApiException.badRequest("contentUrl must be an https URL");
			}
			return value;
		}
		catch (URISyntaxException ex) {
			throw ApiException.badRequest("contentUrl must be an https URL");
		}
	}

	/** One pinned tab. */
	record Tab(String id, String roomId, String roomType, String displayName, String contentUrl, String creatorId,
			Instant created) {

		Map<String, Object> item() {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", this.id);
			item.put("roomId", this.roomId);
			item.put("roomType", this.roomType);
			item.put("displayName", this.displayName);
			item.put("contentUrl", this.contentUrl);
			item.put("creatorId", this.creatorId);
			item.put("created", Json.timestamp(this.created));
			return item;
		}

	}

	/** The tabs of the world, by id. */
	static Map<String, Tab> newStore() {
		return new ConcurrentHashMap<>();
	}

}
