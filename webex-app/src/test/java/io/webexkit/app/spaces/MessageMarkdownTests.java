package io.webexkit.app.spaces;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageMarkdownTests {

	@Test
	void toHtmlWhenRawHtmlThenEscapedAsText() {
		assertThat(MessageMarkdown.toHtml("<img src=x onerror=alert(1)> <script>alert(1)</script>"))
			.doesNotContain("<img")
			.doesNotContain("<script")
			.contains("&lt;img src=x onerror=alert(1)&gt;");
	}

	@Test
	void toHtmlWhenUnsafeLinkSchemesThenUrlsDropped() {
		String html = MessageMarkdown.toHtml("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) "
				+ "![d](javascript:alert(1)) <javascript:alert(1)>");
		assertThat(html.toLowerCase()).doesNotContain("javascript:alert(1)\"").doesNotContain("href=\"javascript")
			.doesNotContain("href=\"data").doesNotContain("src=\"javascript");
	}

	@Test
	void toHtmlWhenOrdinaryMarkdownThenFormatted() {
		assertThat(MessageMarkdown.toHtml("**bold** and [link](https://example.com/x?a=1&b=2)"))
			.isEqualTo("<p><strong>bold</strong> and <a rel=\"nofollow\" href=\"https://example.com/x?a=1&amp;b=2\">link</a></p>\n");
	}

}
