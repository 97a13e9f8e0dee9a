package io.webexkit.app.connect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.app.session.Flash;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.WebexGrants;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page (GRANT, or who is connected), the page a failed grant ends on, and disconnect. */
@Controller
class ConnectController {

	private final WebexGrants grants;

	private final Flash flash;

	private final ApplicationEventPublisher events;

	ConnectController(WebexGrants grants, Flash flash, ApplicationEventPublisher events) {
		this.grants = grants;
		this.flash = flash;
		this.events = events;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal @Nullable OAuth2User user,
			@RequestParam(name = "disconnected", required = false) @Nullable String disconnected, Model model) {
		GrantRequiredException.Reason required = (user != null)
				? this.grants.grantRequired(user.getName()).orElse(null) : GrantRequiredException.Reason.NONE;
		model.addAttribute("granted", required == null);
		// the confirmation only while it is true: anyone can link to /?disconnected
		model.addAttribute("disconnected",
				disconnected != null && user != null && required == GrantRequiredException.Reason.NONE);
		// why a signed-in user must GRANT again, when it is not simply that they never did (or disconnected)
		model.addAttribute("problem", (required != null && required != GrantRequiredException.Reason.NONE)
				? required.description() : null);
		return "connect/home";
	}

	@GetMapping("/connect/failed")
	String failed(@RequestParam(defaultValue = "unknown") String reason, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String known = ConnectFailureHandler.KNOWN_REASONS.contains(reason) ? reason : "unknown";
		String description = this.flash.take(request, response).orElse(null);
		ConnectFailure failure = ConnectFailure.of(known, description);
		response.setStatus(failure.status());
		model.addAttribute("failure", failure);
		return "connect/failed";
	}

	@PostMapping("/disconnect")
	String disconnect(@AuthenticationPrincipal OAuth2User user) {
		this.grants.disconnect(user.getName());
		this.events.publishEvent(new Disconnected(user.getName()));
		return "redirect:/?disconnected";
	}

}
