package io.webexkit.spring.login;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.spring.ErrorMessages;
import io.webexkit.spring.LoginFailure;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The default end of a grant that did not complete, for hosts with no page of their own: the host's error page with a
 * plain message (never Webex's text, which is untrusted) saying what failed and whether trying again can help. 403
 * when the user declined; 502 when Webex refused this app's integration settings or did not answer as expected; 401
 * otherwise (an expired or replayed sign-in link). Never a redirect: a host without a login page would send the user
 * straight back to Webex's consent page, to fail again.
 */
public class LoginFailures implements AuthenticationFailureHandler {

	/** Webex refused the integration itself: only its operator can fix it, trying again cannot. */
	private static final Set<String> INTEGRATION_REFUSED = Set.of("invalid_client", "unauthorized_client",
			"invalid_scope", "unsupported_response_type");

	/** Webex (or the way to it) failed: trying again in a moment may work. */
	private static final Set<String> WEBEX_FAILED = Set.of("server_error", "temporarily_unavailable",
			"invalid_token_response", "people_me_failed");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		LoginFailure failure = LoginFailure.of(request, exception);
		String reason = failure.reason();
		if (failure.declined()) {
			ErrorMessages.reject(request, response, HttpServletResponse.SC_FORBIDDEN,
					"You declined to grant access to Webex. To use this app, open it again and accept.");
		}
		else if (INTEGRATION_REFUSED.contains(reason)) {
			ErrorMessages.reject(request, response, HttpServletResponse.SC_BAD_GATEWAY,
					"Webex refused this app (" + reason + "), so you could not be signed in. Trying again will "
							+ "not help: the app's operator must fix its Webex integration settings (its log says "
							+ "how).");
		}
		else if (WEBEX_FAILED.contains(reason)) {
			ErrorMessages.reject(request, response, HttpServletResponse.SC_BAD_GATEWAY,
					"Webex did not answer as expected (" + reason + "), so you could not be signed in. Please "
							+ "try again in a moment.");
		}
		else {
			ErrorMessages.reject(request, response, HttpServletResponse.SC_UNAUTHORIZED,
					"Connecting to Webex did not complete (" + reason + "). Please try again.");
		}
	}

}
