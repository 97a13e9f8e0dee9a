package io.webexkit.app.spaces;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a message's markdown to HTML that is safe to embed: raw HTML in the message is escaped as text, and link
 * and image URLs other than http, https and mailto are dropped (so no {@code javascript:} or {@code data:}).
 */
final class MessageMarkdown {

	private static final Parser parser = Parser.builder().build();

	private static final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.softbreak("<br>")
		.build();

	private MessageMarkdown() {
	}

	static String toHtml(String markdown) {
		return renderer.render(parser.parse(markdown));
	}

}
