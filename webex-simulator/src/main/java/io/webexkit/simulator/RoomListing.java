package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One person's rooms in one sort order, as {@code GET /v1/rooms} pages through them: their generated rooms (in the
 * cached order) merged with the shared spaces they are a member of now. A position is an index into this merged
 * order, so the shared spaces cost a binary search each rather than a sort of every room.
 */
final class RoomListing {

	private final RoomCatalog catalog;

	private final int person;

	private final int[] order;

	private final List<SimRoom> shared;

	/** For each of {@link #shared}, its position in the merged order. */
	private final int[] sharedPositions;

	RoomListing(WebexSimulator simulator, int person, RoomSort sort) {
		this.catalog = simulator.rooms();
		this.person = person;
		this.order = this.catalog.order(person, simulator.roomCount(person), sort);
		Comparator<SimRoom> comparator = sort.comparator();
		this.shared = new ArrayList<>(simulator.sharedRooms(person));
		this.shared.sort(comparator);
		this.sharedPositions = new int[this.shared.size()];
		for (int i = 0; i < this.shared.size(); i++) {
			this.sharedPositions[i] = insertionPoint(this.shared.get(i), comparator) + i;
		}
	}

	int size() {
		return this.order.length + this.shared.size();
	}

	/** The room at {@code position} of the merged order, {@code 0 <= position < size()}. */
	SimRoom at(int position) {
		int before = 0;
		for (int i = 0; i < this.sharedPositions.length; i++) {
			if (this.sharedPositions[i] == position) {
				return this.shared.get(i);
			}
			if (this.sharedPositions[i] < position) {
				before++;
			}
		}
		return this.catalog.room(this.person, this.order[position - before]);
	}

	/** How many generated rooms come before {@code room} in the order. */
	private int insertionPoint(SimRoom room, Comparator<SimRoom> comparator) {
		int low = 0;
		int high = this.order.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (comparator.compare(this.catalog.room(this.person, this.order[middle]), room) <= 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
