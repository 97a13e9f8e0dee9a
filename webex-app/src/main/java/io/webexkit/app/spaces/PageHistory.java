package io.webexkit.app.spaces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The pages before this one, carried in the link itself ({@code prev=c1.c2.c3}) because Webex pages only forwards.
 * Keeping it in the link (not the session) means back links survive several tabs, bookmarks and restarts, and cost no
 * Webex call. It is bounded to {@value #MAX} entries so links stay short; when older history has been dropped, the
 * page still offers "First page". The first page has no cursor and is written as {@value #FIRST}.
 *
 * @param cursors oldest first
 */
record PageHistory(List<String> cursors) {

	static final int MAX = 5;

	static final String FIRST = "~";

	static final PageHistory NONE = new PageHistory(List.of());

	PageHistory {
		cursors = List.copyOf(cursors);
	}

	static PageHistory parse(@Nullable String prev) {
		if (prev == null) {
			return NONE;
		}
		List<String> cursors = Arrays.asList(prev.split("\\.", -1));
		if (cursors.size() > MAX || cursors.isEmpty()) {
			throw invalid();
		}
		for (int i = 0; i < cursors.size(); i++) {
			String cursor = cursors.get(i);
			boolean first = cursor.equals(FIRST) && i == 0;
			if (!first && !PageCursors.wellFormed(cursor)) {
				throw invalid();
			}
		}
		return new PageHistory(cursors);
	}

	/** The history as seen from the page after the one at {@code current} ({@code null}: the first page). */
	PageHistory then(@Nullable String current) {
		List<String> next = new ArrayList<>(this.cursors);
		next.add((current != null) ? current : FIRST);
		while (next.size() > MAX) {
			next.remove(0);
		}
		return new PageHistory(next);
	}

	boolean isEmpty() {
		return this.cursors.isEmpty();
	}

	/** The cursor of the previous page; {@code null} when it is the first page. Only when not empty. */
	@Nullable String previous() {
		String last = this.cursors.get(this.cursors.size() - 1);
		return last.equals(FIRST) ? null : last;
	}

	/** The history as seen from the previous page. Only when not empty. */
	PageHistory back() {
		return new PageHistory(this.cursors.subList(0, this.cursors.size() - 1));
	}

	String param() {
		return String.join(".", this.cursors);
	}

	private static BadRequestException invalid() {
		return new BadRequestException("This page link is not valid. Start again from the first page.");
	}

}
