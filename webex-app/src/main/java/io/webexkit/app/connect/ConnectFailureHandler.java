package io.webexkit.app.connect;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.app.session.Flash;
import io.webexkit.spring.LoginFailure;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Every failed callback ends on {@code /connect/failed} with a reason from a fixed list (nothing from the request is
 * echoed into the URL). Webex's {@code error_description}, if any, travels in a sealed one-minute cookie, truncated,
 * and is escaped where it is shown.
 */
class ConnectFailureHandler implements AuthenticationFailureHandler {

	static final Set<String> KNOWN_REASONS = LoginFailure.REASONS;

	private final Flash flash;

	ConnectFailureHandler(Flash flash) {
		this.flash = flash;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		LoginFailure failure = LoginFailure.of(request, exception);
		if (failure.description() != null) {
			this.flash.put(request, response, failure.description());
		}
		response.sendRedirect(request.getContextPath() + "/connect/failed?reason=" + failure.reason());
	}

}
