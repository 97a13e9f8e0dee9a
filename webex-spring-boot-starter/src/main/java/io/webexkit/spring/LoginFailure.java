package io.webexkit.spring;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Why a grant did not complete, from a fixed list (nothing from the request is trusted as a reason), with Webex's
 * {@code error_description} when it sent one; reading it logs the failure once, as a security event when it looks
 * like an attack (a missing, wrong or replayed {@code state}, a refused code) and as an operator problem when the
 * integration's credentials are wrong. For a host's own failure handler; see {@link WebexLogin#failureHandler}.
 *
 * @param reason an OAuth error code from {@link #REASONS}, or {@code unknown}
 * @param description Webex's {@code error_description}, trimmed to 200 characters: untrusted text, escape it
 */
public record LoginFailure(String reason, @Nullable String description) {

	/** The reasons a failure may carry; anything else is {@code unknown}. */
	public static final Set<String> REASONS = Set.of("access_denied", "invalid_scope", "server_error",
			"temporarily_unavailable", "authorization_request_not_found", "invalid_state_parameter",
			"invalid_request", "invalid_token_response", "invalid_grant", "invalid_client", "people_me_failed",
			"unsupported_response_type", "unauthorized_client");

	private static final Set<String> SECURITY_EVENTS = Set.of("authorization_request_not_found",
			"invalid_state_parameter", "invalid_request");

	private static final int MAX_DESCRIPTION = 200;

	private static final Logger log = LoggerFactory.getLogger(LoginFailure.class);

	/** Classifies the failure of the callback {@code request} and logs it. */
	public static LoginFailure of(HttpServletRequest request, AuthenticationException exception) {
		String code = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: "unknown";
		String reason = REASONS.contains(code) ? code : "unknown";
		String description = request.getParameter("error_description");
		if (description != null && request.getParameter("error") != null) {
			description = description.strip();
			description = (description.length() > MAX_DESCRIPTION)
					? description.substring(0, MAX_DESCRIPTION) + "…" : description;
		}
		else {
			description = null;
		}
		if (SECURITY_EVENTS.contains(reason)) {
			log.warn("Security event: callback rejected ({}), no token requested", reason);
		}
		else if ("invalid_grant".equals(reason)) {
			// an expired, already used or foreign code: replay attempts end here
			log.warn("Security event: Webex refused the authorization code (invalid_grant); nothing stored");
		}
		else if ("invalid_client".equals(reason)) {
			// not the user's fault and not fixable by them: the integration's credentials are wrong or revoked
			log.error("Operator action needed: Webex rejected this integration's client credentials (invalid_client) "
					+ "during a grant; check webex.client-id and webex.client-secret (WEBEX_CLIENT_ID, "
					+ "WEBEX_CLIENT_SECRET)");
		}
		else {
			log.info("Connecting to Webex did not complete: {}", reason);
		}
		return new LoginFailure(reason, description);
	}

	/** Whether the user chose not to grant (declined on Webex's consent page). */
	public boolean declined() {
		return "access_denied".equals(this.reason);
	}

}
