package io.webexkit.app.spaces;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.Page;
import io.webexkit.client.WebexApiException;
import io.webexkit.client.WebexClient;
import io.webexkit.client.model.Room;
import io.webexkit.spring.WebexEndpoints;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The user's spaces, one Webex page per page view: exactly one Webex call, however many spaces the user is in. Every
 * parameter is validated before that call.
 */
@Controller
class SpacesController {

	private final WebexEndpoints endpoints;

	private final Clock clock;

	SpacesController(WebexEndpoints endpoints, Clock clock) {
		this.endpoints = endpoints;
		this.clock = clock;
	}

	@GetMapping("/spaces")
	String spaces(WebexClient webex, @RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String prev, Model model) {
		SpacesFilter filter = SpacesFilter.parse(type, sort, size);
		PageHistory history = PageHistory.parse(prev);
		if (cursor == null && !history.isEmpty()) {
			throw new BadRequestException("This page link is not valid. Start again from the first page.");
		}
		// The cursor already carries the filter of the listing it belongs to; the filter parameters only keep the
		// form's choices on the following pages.
		Page<Room> page = (cursor != null) ? linkedPage(webex, cursor) : webex.rooms().list(filter.roomQuery());
		Instant now = this.clock.instant();
		List<SpaceRow> rows = page.items().stream().map((room) -> SpaceRow.of(room, now)).toList();
		String next = page.next().map(PageCursors::encode).orElse(null);
		model.addAttribute("spaces", new SpacesView(rows, filter, nextHref(filter, next, cursor, history),
				previousHref(filter, cursor, history), (cursor != null) ? "/spaces?" + filter.query() : null,
				emptyMessage(filter, cursor != null, next != null)));
		return "spaces/list";
	}

	private Page<Room> linkedPage(WebexClient webex, String cursor) {
		try {
			return webex.rooms().page(PageCursors.decode(cursor, this.endpoints.apiBaseUrl(), "/rooms"));
		}
		catch (WebexApiException ex) {
			if (ex.status() == 400) {
				// well formed but not a cursor Webex made: the link is at fault, not Webex
				throw new BadRequestException("This page link is not valid. Start again from the first page.");
			}
			throw ex;
		}
	}

	private static @Nullable String nextHref(SpacesFilter filter, @Nullable String next, @Nullable String current,
			PageHistory history) {
		if (next == null) {
			return null;
		}
		return "/spaces?" + filter.query() + "&cursor=" + next + "&prev=" + history.then(current).param();
	}

	private static @Nullable String previousHref(SpacesFilter filter, @Nullable String current, PageHistory history) {
		if (current == null || history.isEmpty()) {
			return null;
		}
		String previous = history.previous();
		if (previous == null) {
			return "/spaces?" + filter.query();
		}
		PageHistory before = history.back();
		return "/spaces?" + filter.query() + "&cursor=" + previous + (before.isEmpty() ? "" : "&prev=" + before.param());
	}

	private static String emptyMessage(SpacesFilter filter, boolean notFirstPage, boolean hasNext) {
		if (hasNext) {
			return "No matching spaces on this page; there are more on the next page.";
		}
		if (notFirstPage) {
			return "No more spaces.";
		}
		if (filter.type() != null) {
			return "You are in no " + filter.typeParam() + " spaces.";
		}
		return "You are in no spaces yet.";
	}

}
