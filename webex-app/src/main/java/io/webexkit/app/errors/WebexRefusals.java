package io.webexkit.app.errors;

import java.util.Optional;

import io.webexkit.client.WebexForbiddenException;
import io.webexkit.spring.WebexGrants;

/**
 * What to tell a user about Webex's 403. The endpoint's documented scope is only the reason when the grant lacks it;
 * otherwise (a missing role or licence, a space the user may not act in) Webex's own words are the best explanation,
 * and telling the user to grant a permission they already have would send them in circles.
 */
public final class WebexRefusals {

	/** Webex's message is shown at most this long, like the other texts from Webex that pages quote. */
	static final int MAX_QUOTED_CHARS = 200;

	private WebexRefusals() {
	}

	/** The scope the endpoint needs, when the user's grant really lacks it. */
	public static Optional<String> missingScope(WebexForbiddenException ex, WebexGrants.Scopes granted) {
		return ex.requiredScope().filter((scope) -> !granted.allows(scope));
	}

	/** {@code Webex said: "..."}, shortened, or empty when Webex gave no reason; pages escape it. */
	public static String webexSaid(WebexForbiddenException ex) {
		return ex.errorMessage()
			.map(String::strip)
			.filter((message) -> !message.isEmpty())
			.map((message) -> " Webex said: “" + shorten(message) + "”")
			.orElse("");
	}

	private static String shorten(String message) {
		return (message.length() > MAX_QUOTED_CHARS) ? message.substring(0, MAX_QUOTED_CHARS) + "…" : message;
	}

}
