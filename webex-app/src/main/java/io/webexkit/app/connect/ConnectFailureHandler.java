package io.webexkit.app.connect;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed callback ends on {@code /connect/failed} with a reason from a fixed list (nothing from the request is
 * echoed into the URL). Webex's {@code error_description}, if any, travels in the session, truncated, and is escaped
 * where it is shown.
 */
class ConnectFailureHandler implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(ConnectFailureHandler.class);

	static final String DESCRIPTION_ATTRIBUTE = ConnectFailureHandler.class.getName() + ".description";

	static final Set<String> KNOWN_REASONS = Set.of("access_denied", "invalid_scope", "server_error",
			"temporarily_unavailable", "authorization_request_not_found", "invalid_state_parameter",
			"invalid_request", "invalid_token_response", "invalid_grant", "invalid_client", "people_me_failed",
			"unsupported_response_type", "unauthorized_client");

	private static final Set<String> SECURITY_EVENTS = Set.of("authorization_request_not_found",
			"invalid_state_parameter", "invalid_request");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String code = (exception instanceof OAuth2AuthenticationException oauth)
				? oauth.getError().getErrorCode() : "unknown";
		String reason = KNOWN_REASONS.contains(code) ? code : "unknown";
		String description = request.getParameter("error_description");
		if (description != null && request.getParameter("error") != null) {
			description = description.strip();
			request.getSession().setAttribute(DESCRIPTION_ATTRIBUTE,
					(description.length() > 200) ? description.substring(0, 200) + "…" : description);
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
					+ "during a grant; check WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET");
		}
		else {
			log.info("Connecting to Webex did not complete: {}", reason);
		}
		response.sendRedirect(request.getContextPath() + "/connect/failed?reason=" + reason);
	}

}
