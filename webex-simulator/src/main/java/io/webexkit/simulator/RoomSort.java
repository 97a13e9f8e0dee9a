package io.webexkit.simulator;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The {@code sortBy} values of {@code GET /v1/rooms}. */
enum RoomSort {

	ID(Comparator.comparing(SimRoom::id)),

	LASTACTIVITY(Comparator.comparing(SimRoom::lastActivity).reversed()),

	CREATED(Comparator.comparing(SimRoom::created).reversed());

	private final Comparator<SimRoom> comparator;

	RoomSort(Comparator<SimRoom> comparator) {
		this.comparator = comparator.thenComparingInt(SimRoom::index);
	}

	Comparator<SimRoom> comparator() {
		return this.comparator;
	}

	static Optional<RoomSort> parse(String value) {
		for (RoomSort sort : values()) {
			if (sort.name().toLowerCase(Locale.ROOT).equals(value)) {
				return Optional.of(sort);
			}
		}
		return Optional.empty();
	}

}
