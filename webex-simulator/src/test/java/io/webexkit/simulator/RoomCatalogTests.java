package io.webexkit.simulator;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoomCatalogTests {

	private final SeedData seed = new SeedData(Instant.parse("2026-06-01T12:00:00Z"));

	private final RoomCatalog catalog = new RoomCatalog(this.seed);

	@Test
	void roomWhenGeneratedTwiceThenIdentical() {
		assertThat(this.catalog.room(0, 42)).isEqualTo(new RoomCatalog(this.seed).room(0, 42));
	}

	@Test
	void findWhenIdOfGeneratedRoomThenSameRoomAndOnlyForItsOwner() {
		SimRoom room = this.catalog.room(1, 17);

		assertThat(this.catalog.find(1, 40, room.id())).contains(room);
		assertThat(this.catalog.find(0, 300, room.id())).isEmpty();
		assertThat(this.catalog.find(1, 10, room.id())).isEmpty();
	}

	@Test
	void roomWhenDirectRoomOfTwoOfTheCastThenOneRoomNamedAfterTheOtherForEach() {
		SimRoom alexWithSam = this.catalog.room(0, 1);
		SimRoom samWithAlex = this.catalog.room(1, 2);

		assertThat(samWithAlex.id()).isEqualTo(alexWithSam.id());
		assertThat(alexWithSam.title()).isEqualTo("Sam Patel");
		assertThat(samWithAlex.title()).isEqualTo("Alex Rivera");
		assertThat(samWithAlex.titled("Sam Patel")).isEqualTo(alexWithSam);
		assertThat(this.catalog.find(1, 40, alexWithSam.id())).contains(samWithAlex);
		assertThat(this.catalog.find(1, 2, alexWithSam.id())).as("beyond Sam's room count").isEmpty();
		assertThat(this.catalog.find(2, 0, this.catalog.room(0, 2).id())).as("Jordan has no rooms").isEmpty();
		assertThat(this.catalog.find(2, 3, this.catalog.room(0, 2).id())).map(SimRoom::title).contains("Alex Rivera");
		assertThat(this.catalog.findDirect(1, 40, "alex.rivera@example.com")).contains(samWithAlex);
		assertThat(MessageCatalog.generated(samWithAlex, 0)).isEqualTo(MessageCatalog.generated(alexWithSam, 0));
	}

	@Test
	void orderWhenAnySortThenPermutationOfAllRooms() {
		for (RoomSort sort : RoomSort.values()) {
			int[] order = this.catalog.order(0, 300, sort);
			assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, 300).toArray());
		}
	}

	@Test
	void roomsWhenSeededThenOneKmsRoomForAlexAndNoMarkupInAnyTitle() {
		int markup = 0;
		int kms = 0;
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 300; i++) {
			SimRoom room = this.catalog.room(0, i);
			// the demo shows what a person would have; tests that need a hostile title create that space
			markup += room.title().matches(".*[<>].*") ? 1 : 0;
			kms += room.kmsFailure() ? 1 : 0;
			ids.add(room.id());
			assertThat(room.lastActivity()).isAfterOrEqualTo(room.created()).isBeforeOrEqualTo(this.seed.anchor());
			assertThat(room.members().get(0).displayName()).isEqualTo("Alex Rivera");
		}
		assertThat(markup).isZero();
		assertThat(kms).isOne();
		assertThat(ids).hasSize(300);
	}

	@Test
	void timelineWhenMessageIdGivenThenPositionFound() {
		SimRoom room = this.catalog.room(0, RoomCatalog.BUSY_ROOM);
		MessageCatalog.Timeline timeline = new MessageCatalog().timeline(room);

		assertThat(timeline.size()).isEqualTo(137);
		assertThat(timeline.positionOf(timeline.at(10).id())).hasValue(10);
		assertThat(timeline.positionOf(MessageCatalog.generated(this.catalog.room(0, 1), 0).id())).isEmpty();
	}

}
