package io.webexkit.app.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Ends a request on the app's error page with a message chosen by the caller (never one from the request). */
public final class ErrorPages {

	static final String MESSAGE_ATTRIBUTE = ErrorPages.class.getName() + ".message";

	private ErrorPages() {
	}

	public static void reject(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		request.setAttribute(MESSAGE_ATTRIBUTE, message);
		response.sendError(status);
	}

}
