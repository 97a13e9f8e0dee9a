package io.webexkit.simulator;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GeneratedPeopleTests {

	private final SeedData seed = new SeedData(Instant.parse("2026-06-01T12:00:00Z"));

	@Test
	void addGeneratedWhenThousandThenNumberedAfterTheCast() {
		this.seed.addGenerated(1000);

		List<SimulatedPerson> people = this.seed.people();
		assertThat(people).hasSize(1003);
		assertThat(people.get(0).displayName()).isEqualTo("Alex Rivera");
		assertThat(people.get(3).displayName()).isEqualTo("Test User 0001");
		assertThat(people.get(3).email()).isEqualTo("test.user.0001@example.com");
		assertThat(people.get(1002).displayName()).isEqualTo("Test User 1000");
		assertThat(people.get(1002).roomCount()).isEqualTo(SeedData.GENERATED_ROOMS);
		assertThat(people.stream().map(SimulatedPerson::id).distinct()).hasSize(1003);
	}

	@Test
	void indexOfWhenGeneratedIdOrEmailThenItsIndex() {
		this.seed.addGenerated(1000);

		for (int index : new int[] { 0, 2, 3, 258, 1002 }) {
			SimulatedPerson person = this.seed.person(index);
			assertThat(this.seed.indexOf(person.id())).hasValue(index);
			assertThat(this.seed.indexOfEmail(person.email().toUpperCase())).hasValue(index);
		}
		assertThat(this.seed.indexOfEmail("test.user.1001@example.com")).isEmpty();
		assertThat(this.seed.indexOfEmail("test.user.0000@example.com")).isEmpty();
	}

	@Test
	void indexOfWhenIdForgedWithAValidNumberThenNotFound() {
		this.seed.addGenerated(10);

		String forged = Ids.encode("PEOPLE", Ids.positional(42, 5));

		assertThat(this.seed.indexOf(forged)).isEmpty();
	}

	@Test
	void addGeneratedWhenPeopleAddedThenTheCastsRoomsUnchanged() {
		RoomCatalog before = new RoomCatalog(this.seed);
		List<SimRoom> alexBefore = IntStream.range(0, 300).mapToObj((i) -> before.room(0, i)).toList();

		this.seed.addGenerated(1000);

		RoomCatalog after = new RoomCatalog(this.seed);
		assertThat(IntStream.range(0, 300).mapToObj((i) -> after.room(0, i))).containsExactlyElementsOf(alexBefore);
	}

	@Test
	void roomsWhenGeneratedPersonBeyond256ThenFoundByIdAndDistinctFromOthers() {
		this.seed.addGenerated(1000);
		RoomCatalog catalog = new RoomCatalog(this.seed);
		int owner = 3 + 256 + 1;

		Set<String> ids = new HashSet<>();
		for (int i = 0; i < SeedData.GENERATED_ROOMS; i++) {
			SimRoom room = catalog.room(owner, i);
			ids.add(room.id());
			ids.add(catalog.room(owner - 256, i).id());
			assertThat(catalog.find(owner, SeedData.GENERATED_ROOMS, room.id())).contains(room);
			assertThat(catalog.find(owner - 256, SeedData.GENERATED_ROOMS, room.id())).isEmpty();
			assertThat(room.members().get(0).displayName()).isEqualTo("Test User 0258");
		}
		assertThat(ids).hasSize(2 * SeedData.GENERATED_ROOMS);
	}

	@Test
	void timelineWhenGeneratedPersonBeyond256ThenMessagesFoundById() {
		this.seed.addGenerated(1000);
		SimRoom room = new RoomCatalog(this.seed).room(3 + 700, 4);

		MessageCatalog.Timeline timeline = new MessageCatalog().timeline(room);

		assertThat(timeline.positionOf(timeline.at(1).id())).hasValue(1);
	}

	@Test
	void addGeneratedWhenMoreThanTheLimitThenRejected() {
		this.seed.addGenerated(SeedData.MAX_GENERATED);

		assertThatIllegalArgumentException().isThrownBy(() -> this.seed.addGenerated(1))
			.withMessageContaining("10000");
		assertThat(this.seed.people()).hasSize(3 + SeedData.MAX_GENERATED);
		assertThat(this.seed.person(3 + SeedData.MAX_GENERATED - 1).displayName()).isEqualTo("Test User 10000");
	}

}
