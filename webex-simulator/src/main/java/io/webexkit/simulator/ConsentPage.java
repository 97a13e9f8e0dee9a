package io.webexkit.simulator;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;

/** The "allow this app" page of the simulated authorize endpoint. */
final class ConsentPage {

	private static final Map<String, String> SCOPE_LABELS = Map.ofEntries(
			Map.entry("spark:all", "Full access to your Webex account"),
			Map.entry("spark:people_read", "Read your company directory"),
			Map.entry("spark:rooms_read", "List the titles of spaces that you are in"),
			Map.entry("spark:rooms_write", "Manage spaces on your behalf"),
			Map.entry("spark:messages_read", "Read the content of spaces that you are in"),
			Map.entry("spark:messages_write", "Post and delete messages on your behalf"),
			Map.entry("spark:memberships_read", "List people in the spaces you are in"),
			Map.entry("spark:memberships_write", "Invite people to spaces on your behalf"),
			Map.entry("spark:teams_read", "List the teams you are a member of"),
			Map.entry("spark:kms", "Permission to interact with encrypted content"),
			Map.entry("openid", "Sign you in with your Webex identity"),
			Map.entry("email", "Read your email address"), Map.entry("profile", "Read your name and profile picture"));

	private ConsentPage() {
	}

	static ResponseEntity<byte[]> render(String contextPath, String consentId, String appName, List<String> scopes,
			List<SimulatedPerson> people, int selected, String redirectUri) {
		StringBuilder body = new StringBuilder();
		body.append("<h1><span class=\"sim-app\">").append(Html.escape(appName))
			.append("</span> would like to access your Webex account</h1>\n");
		body.append("<form method=\"post\" action=\"").append(Html.escape(contextPath + "/v1/authorize/decision"))
			.append("\">\n");
		body.append("<input type=\"hidden\" name=\"consent\" value=\"").append(Html.escape(consentId)).append("\">\n");
		body.append("<div class=\"sim-field\">\n<label for=\"sim-person\">Sign in as</label>\n");
		body.append("<select id=\"sim-person\" name=\"person\">\n");
		for (int i = 0; i < people.size(); i++) {
			SimulatedPerson person = people.get(i);
			body.append("<option value=\"").append(Html.escape(person.id())).append('"')
				.append((i == selected) ? " selected" : "").append('>').append(Html.escape(person.displayName()))
				.append(" (").append(Html.escape(person.email())).append(")</option>\n");
		}
		body.append("</select>\n</div>\n");
		body.append("<h2 id=\"sim-scopes\">This app asks to</h2>\n<ul class=\"sim-scopes\" aria-labelledby=\"sim-scopes\">\n");
		for (String scope : scopes) {
			String label = SCOPE_LABELS.getOrDefault(scope, "Use the permission");
			body.append("<li>").append(Html.escape(label)).append(" <code>").append(Html.escape(scope))
				.append("</code></li>\n");
		}
		body.append("</ul>\n");
		body.append("<p class=\"sim-redirect\">You will be sent back to <code>").append(Html.escape(redirectUri))
			.append("</code></p>\n");
		body.append("<div class=\"sim-actions\">\n")
			.append("<button type=\"submit\" name=\"decision\" value=\"accept\" class=\"sim-primary\">Accept</button>\n")
			.append("<button type=\"submit\" name=\"decision\" value=\"decline\" class=\"sim-secondary\">Decline</button>\n")
			.append("</div>\n</form>");
		return Html.page(200, contextPath, "Allow " + appName + "?", body.toString(), formAction(redirectUri));
	}

	/**
	 * The form posts to this page's own origin, which answers with a redirect to the registered redirect URI: browsers
	 * check that redirect against {@code form-action} too, so its origin is allowed, and nothing else.
	 */
	static String formAction(String redirectUri) {
		URI uri = URI.create(redirectUri); // already checked: absolute http(s), registered for the client
		String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost()
				+ ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
		return "'self' " + origin;
	}

}
