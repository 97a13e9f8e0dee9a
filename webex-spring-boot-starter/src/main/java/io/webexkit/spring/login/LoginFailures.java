package io.webexkit.spring.login;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.spring.ErrorMessages;
import io.webexkit.spring.LoginFailure;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The default end of a grant that did not complete, for hosts with no page of their own: the host's error page, 403
 * when the user declined and 401 otherwise, with a plain message (never Webex's text, which is untrusted).
 */
public class LoginFailures implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		LoginFailure failure = LoginFailure.of(request, exception);
		if (failure.declined()) {
			ErrorMessages.reject(request, response, HttpServletResponse.SC_FORBIDDEN,
					"You declined to grant access to Webex.");
			return;
		}
		ErrorMessages.reject(request, response, HttpServletResponse.SC_UNAUTHORIZED,
				"Connecting to Webex did not complete (" + failure.reason() + "). Please try again.");
	}

}
