package io.webexkit.app.spaces;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomSort;
import io.webexkit.client.model.RoomType;

/**
 * What the spaces list shows: which kind of space, in which order, how many per page. Parsed strictly: a value the
 * page never offers is a bad request, not a silent default.
 *
 * @param type {@code null} for both kinds
 * @param sort last activity or creation, newest first
 * @param size spaces per page (one Webex page each)
 */
record SpacesFilter(@Nullable RoomType type, RoomSort sort, int size) {

	static final List<Integer> SIZES = List.of(25, 50, 100);

	static final SpacesFilter DEFAULT = new SpacesFilter(null, RoomSort.LAST_ACTIVITY, 50);

	static SpacesFilter parse(@Nullable String type, @Nullable String sort, @Nullable String size) {
		return new SpacesFilter(type(type), sort(sort), size(size));
	}

	private static @Nullable RoomType type(@Nullable String value) {
		if (value == null || value.equals("all")) {
			return null;
		}
		return switch (value) {
			case "group" -> RoomType.GROUP;
			case "direct" -> RoomType.DIRECT;
			default -> throw new BadRequestException("Unknown kind of space: choose all, group or direct.");
		};
	}

	private static RoomSort sort(@Nullable String value) {
		if (value == null) {
			return DEFAULT.sort();
		}
		return switch (value) {
			case "activity" -> RoomSort.LAST_ACTIVITY;
			case "created" -> RoomSort.CREATED;
			default -> throw new BadRequestException("Unknown order: choose activity or created.");
		};
	}

	private static int size(@Nullable String value) {
		if (value == null) {
			return DEFAULT.size();
		}
		for (Integer size : SIZES) {
			if (value.equals(size.toString())) {
				return size;
			}
		}
		throw new BadRequestException("Unknown page size: choose 25, 50 or 100.");
	}

	String typeParam() {
		return (this.type == null) ? "all" : this.type.value();
	}

	String sortParam() {
		return (this.sort == RoomSort.CREATED) ? "created" : "activity";
	}

	/** The link parameters that reproduce this filter (all of them URL-safe). */
	String query() {
		return "type=" + typeParam() + "&sort=" + sortParam() + "&size=" + this.size;
	}

	RoomQuery roomQuery() {
		return RoomQuery.builder().type(this.type).sortBy(this.sort).max(this.size).build();
	}

}
