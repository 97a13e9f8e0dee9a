package io.webexkit.app.spaces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.app.errors.WebexRefusals;
import io.webexkit.client.Contents;
import io.webexkit.client.FileInfo;
import io.webexkit.client.Page;
import io.webexkit.client.WebexApiException;
import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexFileInfectedException;
import io.webexkit.client.WebexFileScanPendingException;
import io.webexkit.client.WebexFileTooLargeException;
import io.webexkit.client.WebexFileUnscannableException;
import io.webexkit.client.WebexForbiddenException;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.model.FileUpload;
import io.webexkit.client.model.Membership;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.MessageRequest;
import io.webexkit.client.model.MessageUpdate;
import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomType;
import io.webexkit.spring.ErrorMessages;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexGrants;

import org.springframework.http.ContentDisposition;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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

	/** How long a download waits for Webex's malware scan before the page says "try again". */
	static final Duration FILE_SCAN_WAIT = Duration.ofSeconds(3);

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

	/**
	 * Posts a message: Markdown, optionally a reply in a thread ({@code parentId}), mentioning a member
	 * ({@code mention}, a person id) and with one file, streamed to Webex as it arrives.
	 */
	@PostMapping("/spaces/{id}/messages")
	String post(@AuthenticationPrincipal OAuth2User user, WebexClient webex, @PathVariable String id,
			@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String parentId,
			@RequestParam(required = false) @Nullable String mention,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, HttpServletResponse response) {
		SpaceIds.require(id);
		if (!this.grants.scopes(user.getName()).allows(MESSAGES_WRITE)) {
			throw new PermissionMissingException(unavailable("Posting", MESSAGES_WRITE));
		}
		String thread = (parentId != null && !parentId.isEmpty()) ? SpaceIds.require(parentId) : null;
		String who = (mention != null && !mention.isEmpty()) ? SpaceIds.require(mention) : null;
		boolean attached = file != null && !file.isEmpty();
		String draft = (text != null) ? text : "";
		String markdown = (who != null) ? "<@personId:" + who + "> " + draft : draft;
		String error = (attached && draft.isBlank() && who == null) ? null : problem(markdown);
		int status = 400;
		if (error == null) {
			try {
				MessageRequest.Builder message = MessageRequest.builder().roomId(id);
				if (!markdown.isBlank()) {
					message.markdown(markdown);
				}
				if (thread != null) {
					message.parentId(thread);
				}
				if (attached) {
					message.upload(FileUpload.of(uploadName(file.getOriginalFilename()),
							uploadType(file.getContentType()), file.getSize(), file.getInputStream()));
				}
				webex.messages().create(message.build());
				// Post/Redirect/Get: a reload shows the space instead of posting again.
				return "redirect:" + SpaceIds.href(id) + "#messages";
			}
			catch (WebexForbiddenException ex) {
				error = forbidden("Posting", ex, "post in this space", this.grants.scopes(user.getName()));
				status = 403;
			}
			catch (WebexFileTooLargeException ex) {
				error = "The file is larger than Webex's limit of 100 MB.";
				status = 413;
			}
			catch (WebexApiException ex) {
				if (ex.status() != 400) {
					throw ex;
				}
				error = "Webex refused the message" + ex.errorMessage().map((said) -> ": " + said).orElse(".");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The uploaded file could not be read", ex);
			}
		}
		response.setStatus(status);
		model.addAttribute("space", view(user, webex, id, null, draft, error));
		return "spaces/show";
	}

	/** Edits one's own message; Webex refuses someone else's. */
	@PostMapping("/spaces/{id}/messages/{messageId}/edit")
	String edit(@AuthenticationPrincipal OAuth2User user, WebexClient webex, @PathVariable String id,
			@PathVariable String messageId, @RequestParam(required = false) @Nullable String text, Model model,
			HttpServletResponse response) {
		SpaceIds.require(id);
		SpaceIds.require(messageId);
		if (!this.grants.scopes(user.getName()).allows(MESSAGES_WRITE)) {
			throw new PermissionMissingException(unavailable("Editing", MESSAGES_WRITE));
		}
		String draft = (text != null) ? text : "";
		String error = problem(draft);
		if (error == null) {
			try {
				webex.messages().update(messageId, MessageUpdate.markdown(id, draft));
				return "redirect:" + SpaceIds.href(id) + "#messages";
			}
			catch (WebexForbiddenException ex) {
				response.setStatus(403);
				model.addAttribute("space", view(user, webex, id, null, "",
						"Webex did not allow you to edit that message: only its author can." + WebexRefusals.webexSaid(ex)));
				return "spaces/show";
			}
		}
		response.setStatus(400);
		model.addAttribute("space", view(user, webex, id, null, "", error));
		return "spaces/show";
	}

	/** Deletes one's own message; Webex refuses someone else's. */
	@PostMapping("/spaces/{id}/messages/{messageId}/delete")
	String delete(@AuthenticationPrincipal OAuth2User user, WebexClient webex, @PathVariable String id,
			@PathVariable String messageId, Model model, HttpServletResponse response) {
		SpaceIds.require(id);
		SpaceIds.require(messageId);
		if (!this.grants.scopes(user.getName()).allows(MESSAGES_WRITE)) {
			throw new PermissionMissingException(unavailable("Deleting", MESSAGES_WRITE));
		}
		try {
			webex.messages().delete(messageId);
		}
		catch (WebexForbiddenException ex) {
			response.setStatus(403);
			model.addAttribute("space", view(user, webex, id, null, "",
					"Webex did not allow you to delete that message: only its author can." + WebexRefusals.webexSaid(ex)));
			return "spaces/show";
		}
		catch (WebexNotFoundException ex) {
			// gone already: the page shows the space as it is
		}
		return "redirect:" + SpaceIds.href(id) + "#messages";
	}

	/**
	 * A file of a message, streamed from Webex to the browser as a download (never shown in this app's origin),
	 * under a safe name. While Webex scans it, or when Webex blocked it, a page says so.
	 */
	@GetMapping("/spaces/{id}/files/{contentId}")
	void file(WebexClient webex, @PathVariable String id, @PathVariable String contentId, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		SpaceIds.require(id);
		SpaceIds.require(contentId);
		URI url = UriComponentsBuilder.fromUri(this.endpoints.apiBaseUrl())
			.path("/contents/{id}")
			.buildAndExpand(contentId)
			.encode()
			.toUri();
		Contents contents = webex.contents().waitingForScanAtMost(FILE_SCAN_WAIT);
		FileInfo info;
		try {
			info = contents.info(url);
		}
		catch (WebexFileScanPendingException ex) {
			response.setHeader("Retry-After", Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
			ErrorMessages.reject(request, response, 503, "Webex is still checking this file for malware. Try again in "
					+ Math.max(1, ex.retryAfter().toSeconds()) + " seconds.");
			return;
		}
		catch (WebexFileInfectedException ex) {
			ErrorMessages.reject(request, response, 410,
					"Webex blocked this file as unsafe (it found malware in it), so it cannot be downloaded.");
			return;
		}
		catch (WebexFileUnscannableException ex) {
			ErrorMessages.reject(request, response, 403, "Webex could not check this file for malware (an encrypted "
					+ "archive, for instance), so this app does not offer it for download.");
			return;
		}
		response.setContentType("application/octet-stream");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(info.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (info.size() >= 0) {
			response.setContentLengthLong(info.size());
		}
		contents.download(url, response.getOutputStream());
	}

	/** The name a browser gave an upload, without any path (old browsers send one) or control characters. */
	static String uploadName(@Nullable String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		return name.isEmpty() ? "file" : name;
	}

	private static String uploadType(@Nullable String type) {
		try {
			return (type != null && !type.isBlank()) ? MediaType.parseMediaType(type).toString()
					: MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
		catch (InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM_VALUE;
		}
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
				URI apiBase = this.endpoints.apiBaseUrl();
				messages = MessageRow.threads(page.items()
					.stream()
					.map((m) -> MessageRow.of(m, names, now, user.getName(), apiBase))
					.toList());
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
