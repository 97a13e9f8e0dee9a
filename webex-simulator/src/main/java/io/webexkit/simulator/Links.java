package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.OptionalInt;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** {@code Link: <...>; rel="next"} values and the opaque cursors inside them. */
final class Links {

	private static final String CURSOR_PREFIX = "simcursor:";

	private Links() {
	}

	/** An absolute next link on the request's own scheme, host, port and path, with these query parameters. */
	static String next(HttpServletRequest request, Map<String, String> query) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance()
			.scheme(request.getScheme())
			.host(request.getServerName())
			.path(request.getRequestURI());
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
				|| ("https".equals(request.getScheme()) && port == 443);
		if (!defaultPort) {
			builder.port(port);
		}
		query.forEach((name, value) -> builder.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8)));
		return "<" + builder.build(true).toUriString() + ">; rel=\"next\"";
	}

	static String cursor(int position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	/** The position in a cursor, or empty when it is not one of ours. */
	static OptionalInt position(String cursor) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (raw.startsWith(CURSOR_PREFIX)) {
				int position = Integer.parseInt(raw.substring(CURSOR_PREFIX.length()));
				return (position >= 0) ? OptionalInt.of(position) : OptionalInt.empty();
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64 or not a number: the caller answers 400
		}
		return OptionalInt.empty();
	}

	/**
	 * The {@code max} parameter: 1 to 1000, absent means the default. The literal {@code null} that Webex itself
	 * writes into next links is treated as absent, as the real API does with its own link.
	 */
	static int max(@Nullable String value, int defaultSize) {
		if (value == null || value.isEmpty() || "null".equals(value)) {
			return defaultSize;
		}
		try {
			int max = Integer.parseInt(value);
			if (max >= 1 && max <= 1000) {
				return max;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw ApiException.badRequest("max must be a number between 1 and 1000");
	}

}
