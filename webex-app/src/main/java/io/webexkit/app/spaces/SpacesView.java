package io.webexkit.app.spaces;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of spaces and the ways on from it. The links contain only URL-safe characters.
 *
 * @param rows the spaces on this page
 * @param filter the choices the page was made with
 * @param nextHref the next page, if there is one
 * @param previousHref the previous page, while the link still remembers it
 * @param firstHref the first page, on every later page
 * @param emptyMessage what to say when {@code rows} is empty
 */
public record SpacesView(List<SpaceRow> rows, SpacesFilter filter, @Nullable String nextHref,
		@Nullable String previousHref, @Nullable String firstHref, String emptyMessage) {

	public List<Choice> types() {
		return List.of(new Choice("all", "All", this.filter.typeParam().equals("all")),
				new Choice("group", "Group", this.filter.typeParam().equals("group")),
				new Choice("direct", "Direct", this.filter.typeParam().equals("direct")));
	}

	public List<Choice> sorts() {
		return List.of(new Choice("activity", "Last activity", this.filter.sortParam().equals("activity")),
				new Choice("created", "Creation", this.filter.sortParam().equals("created")));
	}

	public List<Choice> sizes() {
		return SpacesFilter.SIZES.stream()
			.map((size) -> new Choice(size.toString(), size.toString(), size == this.filter.size()))
			.toList();
	}

	/** Sorted by creation rather than by last activity. */
	public boolean byCreation() {
		return this.filter.sortParam().equals("created");
	}

	/**
	 * An option of a select.
	 *
	 * @param value the parameter value
	 * @param label what the user reads
	 * @param selected whether it is the current choice
	 */
	public record Choice(String value, String label, boolean selected) {
	}

}
