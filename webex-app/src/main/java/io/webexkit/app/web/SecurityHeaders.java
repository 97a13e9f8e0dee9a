package io.webexkit.app.web;

import java.net.URI;
import java.util.Locale;

/** Response header values shared by the app's and the simulator's filter chains. */
public final class SecurityHeaders {

	/** Where Webex serves avatars and files, over https. */
	static final String WEBEX_CONTENT = "https://webexcontent.com https://*.webexcontent.com";

	/** Real Webex's API host, whose avatars come from {@link #WEBEX_CONTENT} rather than from the API's origin. */
	static final String WEBEX_API_HOST = "webexapis.com";

	/**
	 * Responses that are no page (the simulated Webex's JSON and stylesheet, the actuator on its own port): nothing to
	 * load, post or frame. The simulated Webex's pages set their own policy, whose form may reach the redirect URI it
	 * answers with, and nowhere else.
	 */
	public static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
			+ "form-action 'none'";

	private SecurityHeaders() {
	}

	/**
	 * The app's pages: everything from this origin only; no inline script or style, no framing, no plugins, no base
	 * tag; forms post to this app only. Images may also come from Webex's content hosts (avatars, files in messages)
	 * and, when the API is not real Webex's, from its origin: a simulated Webex serves its avatars there.
	 */
	public static String appPolicy(URI apiBaseUrl) {
		String images = "'self' data: " + WEBEX_CONTENT;
		String host = apiBaseUrl.getHost();
		if (host != null && !host.equalsIgnoreCase(WEBEX_API_HOST)) {
			images += " " + origin(apiBaseUrl);
		}
		return "default-src 'self'; img-src " + images + "; object-src 'none'; base-uri 'none'; "
				+ "frame-ancestors 'none'; form-action 'self'";
	}

	/** {@code scheme://host[:port]}, from a URI already checked to be absolute http(s) with a host. */
	private static String origin(URI uri) {
		return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
				+ ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

}
