package io.webexkit.spring.bodies;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers a request whose body is left unread (in part or whole) with a short text, and closes the connection
 * without the container first reading what is left of the body. Answered the ordinary way, Tomcat reads the rest on
 * the request thread before closing (up to {@code server.tomcat.max-swallow-size}, whatever the status or a
 * {@code Connection: close} header), so a sender that trickles would hold that thread anyway. With the request's input
 * switched to non-blocking (an async request with a {@link ReadListener}), Tomcat reads only what has already arrived,
 * then closes.
 */
public final class ClosingAnswer {

	private static final ReadListener IGNORED = new ReadListener() {

		@Override
		public void onDataAvailable() {
		}

		@Override
		public void onAllDataRead() {
		}

		@Override
		public void onError(Throwable failure) {
		}

	};

	private ClosingAnswer() {
	}

	/**
	 * Sends {@code status} with {@code text} and closes the connection; headers already set on the response are kept.
	 * @param request the request being refused
	 * @param response its response, not yet committed
	 * @param status the status
	 * @param text a short reason, never anything taken from the request
	 * @throws IOException when the client has gone
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, int status, String text)
			throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (request.getProtocol().startsWith("HTTP/1")) {
			response.setHeader("Connection", "close");
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(bytes.length);
		if (!request.isAsyncSupported() || request.isAsyncStarted()) {
			response.getOutputStream().write(bytes); // the container may read the rest before it closes
			return;
		}
		AsyncContext async = request.startAsync();
		request.getInputStream().setReadListener(IGNORED);
		response.getOutputStream().write(bytes);
		async.complete();
	}

}
