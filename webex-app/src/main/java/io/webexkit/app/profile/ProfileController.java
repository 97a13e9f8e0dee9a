package io.webexkit.app.profile;

import io.webexkit.app.token.WebexClients;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Who is connected, as Webex says now (one call), rather than the few attributes kept in the session. */
@Controller
class ProfileController {

	private final WebexClients clients;

	ProfileController(WebexClients clients) {
		this.clients = clients;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal OAuth2User user, Model model) {
		model.addAttribute("profile", ProfileView.of(this.clients.forPerson(user.getName()).people().me()));
		return "profile/show";
	}

}
