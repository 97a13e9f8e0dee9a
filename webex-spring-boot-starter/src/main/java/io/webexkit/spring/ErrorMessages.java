package io.webexkit.spring;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the starter ends a request that it refuses (a malformed callback, say) with a message meant for the user: the
 * request is sent to the host's error page with the status, and the message waits in a request attribute the error
 * page may show. The message is always the starter's own text, never anything from the request.
 */
public final class ErrorMessages {

	/** The request attribute holding the message during the error dispatch. */
	public static final String ATTRIBUTE = ErrorMessages.class.getName() + ".message";

	private ErrorMessages() {
	}

	/** Ends the request on the error page with {@code status}, {@code message} for the page to show. */
	public static void reject(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		request.setAttribute(ATTRIBUTE, message);
		response.sendError(status);
	}

	/** The message a refusal left for the error page, if any. */
	public static Optional<String> of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String message) ? Optional.of(message) : Optional.empty();
	}

}
