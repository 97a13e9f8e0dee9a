package io.webexkit.app.spaces;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.client.Page;
import io.webexkit.client.WebexApiException;
import io.webexkit.client.WebexClient;
import io.webexkit.client.model.MembershipRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomRequest;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexGrants;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The user's spaces, one Webex page per page view: exactly one Webex call, however many spaces the user is in. Every
 * parameter is validated before that call.
 */
@Controller
class SpacesController {

	static final String ROOMS_WRITE = "spark:rooms_write";

	static final String MEMBERSHIPS_WRITE = "spark:memberships_write";

	static final int MAX_PEOPLE = 20;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+");

	private final WebexEndpoints endpoints;

	private final Clock clock;

	private final WebexGrants grants;

	SpacesController(WebexEndpoints endpoints, Clock clock, WebexGrants grants) {
		this.endpoints = endpoints;
		this.clock = clock;
		this.grants = grants;
	}

	/** The form to start a space with people by email. */
	@GetMapping("/spaces/new")
	String newSpace(@AuthenticationPrincipal OAuth2User user, Model model) {
		model.addAttribute("start", StartSpaceView.form(unavailable(user), "", "", null));
		return "spaces/new";
	}

	/**
	 * Starts a group space with the people listed by email (comma, space or line separated, at most
	 * {@value #MAX_PEOPLE}), then opens it; those Webex could not add are listed with why, the space made anyway.
	 */
	@PostMapping("/spaces")
	String start(@AuthenticationPrincipal OAuth2User user, WebexClient webex,
			@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String people, Model model, HttpServletResponse response) {
		String unavailable = unavailable(user);
		if (unavailable != null) {
			throw new PermissionMissingException(unavailable);
		}
		String name = (title != null) ? title.strip() : "";
		String list = (people != null) ? people : "";
		List<String> emails = new ArrayList<>();
		String error = null;
		for (String email : list.split("[,;\\s]+")) {
			if (email.isEmpty()) {
				continue;
			}
			if (!EMAIL.matcher(email).matches()) {
				error = "\"" + email + "\" is not an email address.";
				break;
			}
			if (!emails.contains(email.toLowerCase(Locale.ROOT))) {
				emails.add(email.toLowerCase(Locale.ROOT));
			}
		}
		if (name.isEmpty()) {
			error = "Give the space a title.";
		}
		else if (name.length() > 200) {
			error = "The title is " + name.length() + " characters long; keep it to 200.";
		}
		else if (error == null && emails.size() > MAX_PEOPLE) {
			error = "Add at most " + MAX_PEOPLE + " people at once; add more from Webex afterwards.";
		}
		if (error != null) {
			response.setStatus(400);
			model.addAttribute("start", StartSpaceView.form(null, name, list, error));
			return "spaces/new";
		}
		Room room = webex.rooms().create(RoomRequest.of(name));
		List<String> notAdded = new ArrayList<>();
		for (String email : emails) {
			try {
				webex.memberships().create(MembershipRequest.personEmail(room.id(), email));
			}
			catch (WebexApiException ex) {
				if (ex.status() >= 500) {
					throw ex;
				}
				notAdded.add(email + ": " + ((ex.status() == 409) ? "already in the space"
						: (ex.status() == 404) ? "Webex knows nobody with this address" : "Webex refused to add them"));
			}
		}
		if (notAdded.isEmpty()) {
			return "redirect:" + SpaceIds.href(room.id());
		}
		model.addAttribute("start", StartSpaceView.created(SpaceIds.href(room.id()), name, notAdded));
		return "spaces/new";
	}

	private @Nullable String unavailable(OAuth2User user) {
		WebexGrants.Scopes scopes = this.grants.scopes(user.getName());
		for (String scope : List.of(ROOMS_WRITE, MEMBERSHIPS_WRITE)) {
			if (!scopes.allows(scope)) {
				return SpaceController.unavailable("Starting a space", scope);
			}
		}
		return null;
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
