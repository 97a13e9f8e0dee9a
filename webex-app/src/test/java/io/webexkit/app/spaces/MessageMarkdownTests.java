package io.webexkit.app.spaces;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	@ParameterizedTest
	@ValueSource(strings = { "https://avatar-prod-us-east-2.webexcontent.com/a.png", "https://webexcontent.com/a.png",
			"HTTPS://files.WebexContent.com/a.png" })
	void toHtmlWhenImageIsOnWebexContentHostThenShownAsImage(String url) {
		assertThat(MessageMarkdown.toHtml("![a cat](" + url + ")"))
			.isEqualTo("<p><img src=\"" + url + "\" alt=\"a cat\" /></p>\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://tracker.example/pixel.gif", "http://files.webexcontent.com/a.png",
			"https://webexcontent.com.evil.example/a.png", "https://evilwebexcontent.com/a.png",
			"https://files.webexcontent.com@evil.example/a.png", "https://evil.example@files.webexcontent.com/a.png",
			"https://files.webexcontent.com./a.png" })
	void toHtmlWhenImageIsElsewhereThenPlainLinkLabelledWithItsAltText(String url) {
		String html = MessageMarkdown.toHtml("![a <cat>](" + url + ")");
		assertThat(html).doesNotContain("<img")
			.isEqualTo("<p><a href=\"" + url + "\" rel=\"noopener noreferrer nofollow\">a &lt;cat&gt;</a></p>\n");
	}

	@Test
	void toHtmlWhenImageElsewhereHasNoAltTextThenLinkShowsItsUrl() {
		assertThat(MessageMarkdown.toHtml("![](https://tracker.example/p.gif)")).isEqualTo(
				"<p><a href=\"https://tracker.example/p.gif\" rel=\"noopener noreferrer nofollow\">https://tracker.example/p.gif</a></p>\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/disconnect", "spaces", "//files.webexcontent.com/a.png", "data:image/png;base64,AAAA",
			"javascript:alert(1)", "ftp://files.webexcontent.com/a.png", "", "https:///a.png" })
	void toHtmlWhenImageUrlIsRelativeOrNotHttpThenAltTextOnly(String url) {
		assertThat(MessageMarkdown.toHtml("![see **this**](<" + url + ">) after")).isEqualTo("<p>see this after</p>\n");
	}

}
