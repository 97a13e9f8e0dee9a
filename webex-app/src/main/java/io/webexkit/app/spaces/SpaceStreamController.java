package io.webexkit.app.spaces;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.client.WebexClient;
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
 * message's: first those posted since the page's newest or the stream's last, then each as it arrives). 404 when live
 * updates are off or the grant cannot read messages; 503 with {@code Retry-After} when this instance holds too many.
 */
@RestController
class SpaceStreamController {

	private final SpaceStreams streams;

	private final LiveUpdates live;

	private final WebexGrants grants;

	SpaceStreamController(SpaceStreams streams, LiveUpdates live, WebexGrants grants) {
		this.streams = streams;
		this.live = live;
		this.grants = grants;
	}

	/**
	 * @param since the newest message the page showed when it was made
	 * @param lastEventId the last message a previous stream of this page sent (the browser sends it on reconnecting)
	 */
	@GetMapping(path = "/spaces/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<SseEmitter> live(@AuthenticationPrincipal OAuth2User user, WebexClient webex, @PathVariable String id,
			@RequestParam(required = false) @Nullable String since,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			HttpServletResponse response) {
		SpaceIds.require(id);
		if (!this.live.on() || !this.grants.scopes(user.getName()).allows(SpaceController.MESSAGES_READ)) {
			return ResponseEntity.notFound().build();
		}
		String after = (lastEventId != null && !lastEventId.isBlank()) ? lastEventId
				: (since != null && !since.isBlank()) ? since : null;
		SseEmitter emitter = this.streams.open(user.getName(), id, after, webex);
		if (emitter == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").build();
		}
		// nginx and similar proxies would otherwise hold events back in their buffers
		response.setHeader("X-Accel-Buffering", "no");
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(emitter);
	}

}
