package io.webexkit.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for requests no HTTP client would send: broken percent-encoding, raw bytes, targets
 * longer than the server accepts. The target is written exactly as given.
 */
final class RawHttp {

	private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

	private RawHttp() {
	}

	/**
	 * @param body a form body ({@code application/x-www-form-urlencoded}, as written), or {@code null} for none
	 * @return the status (-1 when the answer had no status line) and the body
	 */
	static Response send(int port, String method, String target, Map<String, String> headers, String body)
			throws IOException {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
			.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		if (body != null) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
				.append(body.getBytes(StandardCharsets.ISO_8859_1).length)
				.append("\r\n");
		}
		request.append("\r\n").append((body != null) ? body : "");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher status = STATUS.matcher(raw);
			int split = raw.indexOf("\r\n\r\n");
			return new Response(status.find() ? Integer.parseInt(status.group(1)) : -1,
					(split >= 0) ? raw.substring(split + 4) : raw);
		}
	}

	record Response(int status, String body) {
	}

}
