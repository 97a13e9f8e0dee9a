package io.webexkit.client;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkHeaderTests {

	@ParameterizedTest
	@ValueSource(strings = { "<https://x/next>; rel=\"next\"", "<https://x/next>;rel=next",
			"  <https://x/next>  ;  rel = \"next\"  ", "<https://x/next>; rel=\"NEXT\"",
			"<https://x/first>; rel=\"first\", <https://x/next>; rel=\"next\"",
			"<https://x/prev>; rel=prev,<https://x/next>; rel=next",
			"<https://x/next>; title=\"a, b; rel=last\"; rel=\"next\"",
			"<https://x/next>; rel=\"prefetch next\"", "garbage, <https://x/next>; rel=next" })
	void findWhenNextLinkIsWrittenInAnyValidWayThenItIsFound(String header) {
		assertThat(LinkHeader.find(List.of(header), "next")).hasValue("https://x/next");
	}

	@Test
	void findWhenSeveralHeadersThenAllAreSearched() {
		assertThat(LinkHeader.find(List.of("<https://x/first>; rel=first", "<https://x/next>; rel=next"), "next"))
			.hasValue("https://x/next");
	}

	@Test
	void findWhenUrlContainsCommasAndSemicolonsThenItIsKeptWhole() {
		assertThat(LinkHeader.find(List.of("<https://x/rooms?a=1,2;b=3>; rel=\"next\""), "next"))
			.hasValue("https://x/rooms?a=1,2;b=3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "<https://x/first>; rel=\"first\"", "<https://x/next>", "<https://x/next; rel=next",
			"https://x/next; rel=next", "<https://x/n>; rel=\"nextpage\"" })
	void findWhenThereIsNoNextLinkThenEmpty(String header) {
		assertThat(LinkHeader.find(List.of(header), "next")).isEmpty();
	}

}
