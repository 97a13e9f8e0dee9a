package io.webexkit.app.spaces;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageHistoryTests {

	@Test
	void thenWhenOnFirstPageThenRemembersFirstPageMarker() {
		PageHistory history = PageHistory.NONE.then(null);
		assertThat(history.param()).isEqualTo("~");
		assertThat(history.previous()).isNull();
		assertThat(history.back().isEmpty()).isTrue();
	}

	@Test
	void thenWhenLongerThanMaxThenDropsOldestEntries() {
		PageHistory history = PageHistory.NONE;
		history = history.then(null);
		for (String cursor : new String[] { "a", "b", "c", "d", "e", "f" }) {
			history = history.then(cursor);
		}
		assertThat(history.cursors()).containsExactly("b", "c", "d", "e", "f");
		assertThat(PageHistory.parse(history.param())).isEqualTo(history);
	}

	@Test
	void parseWhenRoundTrippedThenPreviousIsLastEntry() {
		PageHistory history = PageHistory.parse("~.abc.def");
		assertThat(history.previous()).isEqualTo("def");
		assertThat(history.back().param()).isEqualTo("~.abc");
	}

	@Test
	void parseWhenMalformedThenBadRequest() {
		for (String prev : new String[] { "", "a..b", "a.~", "a.b.c.d.e.f", "<", "a b", "x".repeat(1025) }) {
			assertThatExceptionOfType(BadRequestException.class).as(prev).isThrownBy(() -> PageHistory.parse(prev));
		}
	}

}
