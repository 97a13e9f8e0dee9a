package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/** The simulator's HTML pages: one layout, everything escaped, no inline script or style. */
final class Html {

	static final String ASSETS = "/v1/simulator-assets/";

	private Html() {
	}

	static String escape(String value) {
		return HtmlUtils.htmlEscape(value, "UTF-8");
	}

	/**
	 * A full page; {@code title} is plain text, {@code body} already-escaped HTML.
	 * @param formAction the page's CSP {@code form-action} sources: where its forms, and the redirects that answer
	 * them, may go
	 */
	static ResponseEntity<byte[]> page(int status, String contextPath, String title, String body, String formAction) {
		String html = """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · Simulated Webex</title>
				<link rel="stylesheet" href="%s">
				</head>
				<body>
				<header class="sim-header">
				<span class="sim-logo">Webex</span>
				<span class="sim-badge">Simulated Webex</span>
				</header>
				<main class="sim-card">
				%s
				</main>
				<footer class="sim-footer">This is a simulated Webex sign-in for development and tests. No real account is used.</footer>
				</body>
				</html>
				""".formatted(escape(title), escape(contextPath + ASSETS + "simulator.css"), body);
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy",
					"default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action " + formAction)
			.header("X-Content-Type-Options", "nosniff")
			.header("Referrer-Policy", "no-referrer")
			.body(html.getBytes(StandardCharsets.UTF_8));
	}

	/** An error the user sees instead of a redirect, because the redirect target cannot be trusted. */
	static ResponseEntity<byte[]> error(int status, String contextPath, String title, String message) {
		return error(status, contextPath, title, message, Map.of());
	}

	/**
	 * The same with the evidence a developer needs to fix it, e.g. what was sent and what is registered: each label
	 * with its values, shown as code.
	 */
	static ResponseEntity<byte[]> error(int status, String contextPath, String title, String message,
			Map<String, List<String>> evidence) {
		StringBuilder body = new StringBuilder("<h1>").append(escape(title))
			.append("</h1>\n<p class=\"sim-error\">")
			.append(escape(message))
			.append("</p>");
		if (!evidence.isEmpty()) {
			body.append("\n<dl class=\"sim-evidence\">");
			evidence.forEach((label, values) -> {
				body.append("\n<dt>").append(escape(label)).append("</dt>");
				for (String value : values) {
					body.append("<dd><code>").append(escape(value)).append("</code></dd>");
				}
			});
			body.append("\n</dl>");
		}
		return page(status, contextPath, title, body.toString(), "'none'");
	}

}
