package io.webexkit.app.profile;

import io.webexkit.client.WebexClient;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Who is connected, as Webex says now (one call), rather than the few attributes kept in the session. */
@Controller
class ProfileController {

	@GetMapping("/profile")
	String profile(WebexClient webex, Model model) {
		model.addAttribute("profile", ProfileView.of(webex.people().me()));
		return "profile/show";
	}

}
