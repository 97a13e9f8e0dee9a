package io.webexkit.app.spaces;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.app.session.SessionValidity;
import io.webexkit.app.spaces.SpaceStreams.OpenStream;
import io.webexkit.client.WebexClient;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.WebexGrants;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /spaces/{id}/live}: the stream of new messages an open space page listens to, as Server-Sent Events
 * ({@code ready} once, then one {@code message} per new message, its data {@code {"id", "html"}}, its event id the
 * message's: first those posted since the page's newest or the stream's last, then each as it arrives), until the
 * session it was opened in ends or the grant is gone. 404 when live updates are off, when there is no grant, or when
 * it cannot read the space's messages (not a member, say): nothing is opened then. 503 with {@code Retry-After} when
 * this instance holds too many.
 */
@RestController
class SpaceStreamController {

	private final SpaceStreams streams;

	private final LivePushes pushes;

	private final LiveUpdates live;

	private final WebexGrants grants;

	private final SessionValidity sessions;

	SpaceStreamController(SpaceStreams streams, LivePushes pushes, LiveUpdates live, WebexGrants grants,
			SessionValidity sessions) {
		this.streams = streams;
		this.pushes = pushes;
		this.live = live;
		this.grants = grants;
		this.sessions = sessions;
	}

	/**
	 * @param since the newest message the page showed when it was made
	 * @param lastEventId the last message a previous stream of this page sent (the browser sends it on reconnecting)
	 */
	@GetMapping(path = "/spaces/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> live(@AuthenticationPrincipal OAuth2User user, WebexClient webex, @PathVariable String id,
			@RequestParam(required = false) @Nullable String since,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			HttpServletRequest request, HttpServletResponse response) {
		SpaceIds.require(id);
		Instant sessionIssuedAt = this.sessions.issuedAt(request).orElse(null);
		if (!this.live.on() || sessionIssuedAt == null
				|| !this.grants.scopes(user.getName()).allows(SpaceController.MESSAGES_READ)) {
			return ResponseEntity.notFound().build();
		}
		String after = (lastEventId != null && !lastEventId.isBlank()) ? lastEventId
				: (since != null && !since.isBlank()) ? since : null;
		OpenStream stream = this.streams.open(user.getName(), id, sessionIssuedAt);
		if (stream == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").build();
		}
		boolean readable;
		try {
			readable = this.pushes.start(stream, webex, after);
		}
		catch (GrantRequiredException ex) { // GRANT is for pages: a stream has nowhere to send the browser
			readable = false;
		}
		catch (RuntimeException ex) {
			this.streams.close(stream);
			throw ex;
		}
		if (!readable) {
			this.streams.close(stream);
			return ResponseEntity.notFound().build();
		}
		// nginx and similar proxies would otherwise hold events back in their buffers
		response.setHeader("X-Accel-Buffering", "no");
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(stream.emitter());
	}

}
