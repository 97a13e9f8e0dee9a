package io.webexkit.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MarkupTests {

	@Test
	void toHtmlWhenMarkdownHasHtmlThenEscapedAndFormatted() {
		assertThat(MessageCatalog.toHtml("**bold** *it* `x<y>` <img src=x onerror=alert(1)>")).isEqualTo(
				"<p><strong>bold</strong> <em>it</em> <code>x&lt;y&gt;</code> &lt;img src=x onerror=alert(1)&gt;</p>");
	}

	@Test
	void maxWhenNullLiteralOrAbsentThenDefaultElseValidated() {
		assertThat(Links.max(null, 100)).isEqualTo(100);
		assertThat(Links.max("null", 50)).isEqualTo(50);
		assertThat(Links.max("1000", 100)).isEqualTo(1000);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Links.max("-1", 100));
	}

	@Test
	void cursorWhenRoundTrippedThenSamePositionAndForeignCursorRejected() {
		assertThat(Links.position(Links.cursor(1234))).hasValue(1234);
		assertThat(Links.position("not-a-cursor")).isEmpty();
	}

	@Test
	void scopesWhenSpaceSeparatedThenOrderedAndDeduplicated() {
		assertThat(AuthorizeController.scopes("  spark:rooms_read  spark:people_read spark:rooms_read "))
			.isEqualTo(List.of("spark:rooms_read", "spark:people_read"));
	}

	@Test
	void idsWhenEncodedThenWebexShapeAndDecodable() {
		java.util.UUID uuid = Ids.positional(7, 99);

		String id = Ids.encode("ROOM", uuid);

		assertThat(id).matches("[A-Za-z0-9]+");
		assertThat(Ids.decode("ROOM", id)).contains(uuid);
		assertThat(Ids.decode("PEOPLE", id)).isEmpty();
		assertThat(Ids.payload(uuid)).isEqualTo(99);
	}

}
