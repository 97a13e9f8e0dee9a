package io.webexkit.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import io.webexkit.simulator.ClientRegistry.RegisteredClient;
import io.webexkit.simulator.PendingConsents.ConsentRequest;

/** {@code /v1/authorize}: validates the request, shows the consent page and redirects with a code or an error. */
@Controller
class AuthorizeController {

	private static final Logger logger = LoggerFactory.getLogger(AuthorizeController.class);

	private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

	private final WebexSimulator simulator;

	AuthorizeController(WebexSimulator simulator) {
		this.simulator = simulator;
	}

	@GetMapping("/v1/authorize")
	ResponseEntity<byte[]> authorize(HttpServletRequest request) {
		String context = request.getContextPath();
		String clientId = request.getParameter("client_id");
		String redirectUri = request.getParameter("redirect_uri");
		// Until client and redirect URI are trusted, errors go to the user, never to the redirect URI.
		Optional<RegisteredClient> found = (clientId != null) ? this.simulator.clients().find(clientId)
				: Optional.empty();
		if (found.isEmpty()) {
			return Html.error(400, context, "Unknown application",
					"The application that sent you here is not registered with this Webex (unknown client_id).");
		}
		RegisteredClient client = found.get();
		if (redirectUri == null || !isAbsoluteHttpUri(redirectUri) || !client.acceptsRedirectUri(redirectUri)) {
			return invalidRedirectUri(context, client, redirectUri);
		}
		String state = request.getParameter("state");
		if (!"code".equals(request.getParameter("response_type"))) {
			return redirect(redirectUri, error("unsupported_response_type", "Only response_type=code is supported"),
					state);
		}
		String challenge = request.getParameter("code_challenge");
		String method = request.getParameter("code_challenge_method");
		if (method != null && !"S256".equals(method) && !"plain".equals(method)) {
			return redirect(redirectUri, error("invalid_request", "code_challenge_method must be S256 or plain"),
					state);
		}
		if (challenge == null && method != null) {
			return redirect(redirectUri, error("invalid_request", "code_challenge_method needs a code_challenge"),
					state);
		}
		if (challenge != null && !CHALLENGE.matcher(challenge).matches()) {
			return redirect(redirectUri, error("invalid_request", "code_challenge is malformed"), state);
		}
		List<String> scopes = scopes(request.getParameter("scope"));
		List<String> unknown = new ArrayList<>(scopes);
		unknown.removeAll(client.allowedScopes());
		if (scopes.isEmpty() || !unknown.isEmpty()) {
			String description = scopes.isEmpty() ? "scope is required"
					: "The requested scope is invalid: " + String.join(" ", unknown);
			return redirect(redirectUri, error("invalid_scope", description), state);
		}
		ConsentRequest pending = new ConsentRequest(client.clientId(), redirectUri, scopes, state, challenge,
				(challenge != null) ? ((method != null) ? method : "plain") : null,
				this.simulator.now().plus(PendingConsents.LIFETIME));
		Optional<String> automatic = this.simulator.behavior().autoConsent();
		if (automatic.isPresent()) {
			return consentAutomatically(context, pending, automatic.get());
		}
		String consentId = this.simulator.consents().put(pending);
		String loginHint = request.getParameter("login_hint");
		int selected = (loginHint != null) ? this.simulator.seed().indexOfEmail(loginHint).orElse(0) : 0;
		logger.info("Simulated Webex: consent requested by client {} for scopes {}", client.clientId(), scopes);
		return ConsentPage.render(context, consentId, client.appName(), scopes, this.simulator.users(), selected,
				redirectUri);
	}

	@PostMapping("/v1/authorize/decision")
	ResponseEntity<byte[]> decide(HttpServletRequest request) {
		String context = request.getContextPath();
		String consentId = request.getParameter("consent");
		Optional<ConsentRequest> found = (consentId != null) ? this.simulator.consents().take(consentId)
				: Optional.empty();
		if (found.isEmpty()) {
			return Html.error(400, context, "Sign-in expired",
					"This sign-in request has expired or was already answered. Start again from the application.");
		}
		ConsentRequest pending = found.get();
		String decision = request.getParameter("decision");
		if ("decline".equals(decision)) {
			logger.info("Simulated Webex: consent declined for client {}", pending.clientId());
			return redirect(pending.redirectUri(), error("access_denied", "The user declined"), pending.state());
		}
		String personId = request.getParameter("person");
		if (!"accept".equals(decision) || personId == null || this.simulator.seed().indexOf(personId).isEmpty()) {
			return Html.error(400, context, "Invalid answer", "Choose a simulated person and Accept or Decline.");
		}
		String code = this.simulator.grants().issueCode(pending, personId);
		logger.info("Simulated Webex: consent accepted for client {}, code {}", pending.clientId(),
				Secrets.fingerprint(code));
		Map<String, String> params = new LinkedHashMap<>();
		params.put("code", code);
		return redirect(pending.redirectUri(), params, pending.state());
	}

	/** What was sent and what would have been accepted, so that the developer sees the difference at a glance. */
	private static ResponseEntity<byte[]> invalidRedirectUri(String context, RegisteredClient client,
			@Nullable String redirectUri) {
		String problem;
		if (redirectUri == null) {
			problem = "The request has no redirect_uri.";
		}
		else if (!isAbsoluteHttpUri(redirectUri)) {
			problem = "The redirect_uri is not an absolute http or https URI.";
		}
		else {
			problem = "The redirect_uri is not registered for " + client.appName()
					+ ": only a registered one is accepted, exactly as registered.";
		}
		List<String> registered = client.redirectUris()
			.stream()
			.sorted()
			.map((uri) -> LoopbackRedirects.acceptsAnyPort(uri) ? uri + " (on any port)" : uri)
			.toList();
		Map<String, List<String>> evidence = new LinkedHashMap<>();
		evidence.put("Sent", List.of((redirectUri != null) ? redirectUri : "(none)"));
		evidence.put("Registered", registered.isEmpty() ? List.of("(any absolute http or https URI)") : registered);
		return Html.error(400, context, "Invalid redirect URI", problem, evidence);
	}

	/** The automatic-consent knob: the code at once, as if {@code personId} had accepted on the page. */
	private ResponseEntity<byte[]> consentAutomatically(String context, ConsentRequest pending, String personId) {
		if (this.simulator.seed().indexOf(personId).isEmpty()) {
			return Html.error(400, context, "Unknown person",
					"Automatic consent is set for " + personId + ", who is not a simulated person.");
		}
		String code = this.simulator.grants().issueCode(pending, personId);
		logger.info("Simulated Webex: consent given automatically for client {} by person {}, code {}",
				pending.clientId(), personId, Secrets.fingerprint(code));
		return redirect(pending.redirectUri(), Map.of("code", code), pending.state());
	}

	static List<String> scopes(@Nullable String scope) {
		Set<String> scopes = new LinkedHashSet<>();
		if (scope != null) {
			for (String part : scope.trim().split("\\s+")) {
				if (!part.isEmpty()) {
					scopes.add(part);
				}
			}
		}
		return List.copyOf(scopes);
	}

	private static boolean isAbsoluteHttpUri(String value) {
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && uri.getHost() != null && uri.getFragment() == null
					&& ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static Map<String, String> error(String code, String description) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("error", code);
		params.put("error_description", description);
		return params;
	}

	/** Appends strictly encoded parameters to the registered redirect URI, keeping its own query. */
	private static ResponseEntity<byte[]> redirect(String redirectUri, Map<String, String> params,
			@Nullable String state) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(redirectUri);
		params.forEach((name, value) -> builder.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8)));
		if (state != null) {
			builder.queryParam("state", UriUtils.encode(state, StandardCharsets.UTF_8));
		}
		URI location = builder.build(true).toUri();
		return ResponseEntity.status(302).location(location).cacheControl(CacheControl.noStore()).build();
	}

}
