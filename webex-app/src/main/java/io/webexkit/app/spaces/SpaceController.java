package io.webexkit.app.spaces;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.app.errors.WebexRefusals;
import io.webexkit.client.Page;
import io.webexkit.client.WebexApiException;
import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexForbiddenException;
import io.webexkit.client.model.Membership;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomType;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexGrants;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * One space: its latest messages (paged back with opaque cursors, like the spaces list), its members and a form to
 * post. Sections the grant does not cover say so instead of failing the page.
 */
@Controller
class SpaceController {

	static final int MAX_MESSAGE_BYTES = MessageRequest.MAX_TEXT_BYTES;

	static final int MESSAGES_PER_PAGE = 25;

	static final String MESSAGES_READ = "spark:messages_read";

	static final String MESSAGES_WRITE = "spark:messages_write";

	static final String MEMBERSHIPS_READ = "spark:memberships_read";

	private final WebexGrants grants;

	private final WebexEndpoints endpoints;

	private final Clock clock;

	private final LiveUpdates live;

	SpaceController(WebexGrants grants, WebexEndpoints endpoints, Clock clock, LiveUpdates live) {
		this.grants = grants;
		this.endpoints = endpoints;
		this.clock = clock;
		this.live = live;
	}

	@GetMapping("/spaces/{id}")
	String space(@AuthenticationPrincipal OAuth2User user, WebexClient webex, @PathVariable String id,
			@RequestParam(required = false) @Nullable String before, Model model) {
		SpaceIds.require(id);
		URI olderPage = (before != null) ? olderMessages(id, before) : null;
		model.addAttribute("space", view(user, webex, id, olderPage, "", null));
		return "spaces/show";
	}

	@PostMapping("/spaces/{id}/messages")
	String post(@AuthenticationPrincipal OAuth2User user, WebexClient webex, @PathVariable String id,
			@RequestParam(required = false) @Nullable String text, Model model, HttpServletResponse response) {
		SpaceIds.require(id);
		if (!this.grants.scopes(user.getName()).allows(MESSAGES_WRITE)) {
			throw new PermissionMissingException(unavailable("Posting", MESSAGES_WRITE));
		}
		String draft = (text != null) ? text : "";
		String error = problem(draft);
		int status = 400;
		if (error == null) {
			try {
				webex.messages()
					.create(MessageRequest.builder().roomId(id).markdown(draft).build());
				// Post/Redirect/Get: a reload shows the space instead of posting again.
				return "redirect:" + SpaceIds.href(id) + "#messages";
			}
			catch (WebexForbiddenException ex) {
				error = forbidden("Posting", ex, "post in this space", this.grants.scopes(user.getName()));
				status = 403;
			}
		}
		response.setStatus(status);
		model.addAttribute("space", view(user, webex, id, null, draft, error));
		return "spaces/show";
	}

	private static @Nullable String problem(String draft) {
		if (draft.isBlank()) {
			return "Write a message before posting.";
		}
		int bytes = draft.getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_MESSAGE_BYTES) {
			return "The message is " + bytes + " bytes long; Webex accepts at most " + MAX_MESSAGE_BYTES
					+ " bytes. Shorten it and post again.";
		}
		return null;
	}

	private SpaceView view(OAuth2User user, WebexClient webex, String id, @Nullable URI olderPage, String draft,
			@Nullable String draftError) {
		Room room = webex.rooms().get(id);
		WebexGrants.Scopes scopes = this.grants.scopes(user.getName());
		Instant now = this.clock.instant();

		List<MemberRow> members = List.of();
		Map<String, String> names = new HashMap<>();
		String membersUnavailable = null;
		boolean moreMembers = false;
		if (!scopes.allows(MEMBERSHIPS_READ)) {
			membersUnavailable = unavailable("Seeing the members", MEMBERSHIPS_READ);
		}
		else {
			try {
				Page<Membership> page = webex.memberships().list(id);
				members = page.items().stream().map(MemberRow::of).toList();
				moreMembers = page.hasNext();
				page.items()
					.stream()
					.filter((m) -> m.personId() != null && m.personDisplayName() != null)
					.forEach((m) -> names.put(m.personId(), m.personDisplayName()));
			}
			catch (WebexForbiddenException ex) {
				membersUnavailable = forbidden("Seeing the members", ex, "see the members of this space", scopes);
			}
		}

		List<MessageRow> messages = List.of();
		String messagesUnavailable = null;
		String olderHref = null;
		if (!scopes.allows(MESSAGES_READ)) {
			messagesUnavailable = unavailable("Reading messages", MESSAGES_READ);
		}
		else {
			try {
				Page<Message> page = (olderPage != null) ? webex.messages().page(olderPage)
						: webex.messages().list(new MessageQuery(id, MESSAGES_PER_PAGE, null, null));
				messages = page.items().stream().map((m) -> MessageRow.of(m, names, now)).toList();
				olderHref = page.next().map((next) -> SpaceIds.href(id) + "?before=" + PageCursors.encode(next))
					.orElse(null);
			}
			catch (WebexForbiddenException ex) {
				messagesUnavailable = forbidden("Reading messages", ex, "read the messages of this space", scopes);
			}
			catch (WebexApiException ex) {
				if (olderPage != null && ex.status() == 400) {
					// well formed but not a cursor Webex made: the link is at fault, not Webex
					throw new BadRequestException("This page link is not valid. Start again from the newest messages.");
				}
				throw ex;
			}
		}

		String postingUnavailable = scopes.allows(MESSAGES_WRITE) ? null : unavailable("Posting", MESSAGES_WRITE);
		// only the newest page grows; a page of older messages stays as it is
		boolean listening = messagesUnavailable == null && olderPage == null;
		String liveHref = null;
		if (listening && this.live.on()) {
			// the stream starts with whatever was posted after the newest message of this page
			String newest = messages.isEmpty() ? "" : messages.get(0).id();
			liveHref = SpaceIds.href(id) + "/live"
					+ (newest.isEmpty() ? "" : "?since=" + UriUtils.encodeQueryParam(newest, StandardCharsets.UTF_8));
		}
		String liveOff = (listening && !this.live.on()) ? LiveUpdates.OFF : null;
		return new SpaceView(SpaceIds.href(id), room.displayTitle(), room.titleUnreadable(),
				(room.type() == RoomType.DIRECT) ? "Direct" : "Group", messages, messagesUnavailable, olderHref,
				olderPage != null, members, membersUnavailable, moreMembers, postingUnavailable, draft, draftError, liveHref,
				liveOff);
	}

	/** The page of older messages a cursor stands for; it must belong to this space. */
	private URI olderMessages(String id, String cursor) {
		URI uri = PageCursors.decode(cursor, this.endpoints.apiBaseUrl(), "/messages");
		String roomId;
		try {
			roomId = UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("roomId");
			roomId = (roomId != null) ? UriUtils.decode(roomId, StandardCharsets.UTF_8) : null;
		}
		catch (IllegalArgumentException ex) {
			roomId = null;
		}
		if (!id.equals(roomId)) {
			throw new BadRequestException("This page link is not valid. Start again from the newest messages.");
		}
		return uri;
	}

	static String unavailable(String feature, String scope) {
		return feature + " needs the " + scope + " permission, which was not granted. Grant access again and "
				+ "accept it to use this.";
	}

	private static String forbidden(String feature, WebexForbiddenException ex, String action,
			WebexGrants.Scopes scopes) {
		return WebexRefusals.missingScope(ex, scopes)
			.map((scope) -> unavailable(feature, scope))
			.orElseGet(() -> "Webex did not allow you to " + action + "." + WebexRefusals.webexSaid(ex));
	}

}
