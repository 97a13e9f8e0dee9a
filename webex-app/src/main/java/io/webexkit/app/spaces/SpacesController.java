package io.webexkit.app.spaces;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.webexkit.app.system.WebexEndpoints;
import io.webexkit.app.token.WebexClients;
import io.webexkit.client.WebexClient;
import io.webexkit.client.Page;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomSort;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The user's spaces, one Webex page at a time (one Webex call per page view). */
@Controller
class SpacesController {

	private static final int PAGE_SIZE = 50;

	private final WebexClients clients;

	private final WebexEndpoints endpoints;

	private final Clock clock;

	SpacesController(WebexClients clients, WebexEndpoints endpoints, Clock clock) {
		this.clients = clients;
		this.endpoints = endpoints;
		this.clock = clock;
	}

	@GetMapping("/spaces")
	String spaces(@AuthenticationPrincipal OAuth2User user, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		WebexClient webex = this.clients.forPerson(user.getName());
		Page<Room> page = (cursor != null) ? webex.rooms().page(nextUrl(cursor))
				: webex.rooms().list(RoomQuery.builder().sortBy(RoomSort.LAST_ACTIVITY).max(PAGE_SIZE).build());
		List<SpaceRow> rows = page.items().stream().map((room) -> SpaceRow.of(room, this.clock.instant())).toList();
		String next = page.next().map(SpacesController::cursorOf).orElse(null);
		model.addAttribute("spaces", new SpacesView(rows, next, cursor != null));
		return "spaces/list";
	}

	/** The next page's query, opaque to the browser; the client only follows it on the API origin. */
	private static String cursorOf(URI next) {
		String query = (next.getRawQuery() != null) ? next.getRawQuery() : "";
		return Base64.getUrlEncoder().withoutPadding().encodeToString(query.getBytes(StandardCharsets.UTF_8));
	}

	private URI nextUrl(String cursor) {
		String query;
		try {
			query = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new BadCursorException();
		}
		if (query.length() > 4096 || !query.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
			throw new BadCursorException();
		}
		try {
			return URI.create(this.endpoints.apiBaseUrl() + "/rooms?" + query);
		}
		catch (IllegalArgumentException ex) {
			throw new BadCursorException();
		}
	}

}
