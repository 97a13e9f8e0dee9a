package io.webexkit.client.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QueryTests {

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 1001 })
	void maxWhenOutOfRangeThenRejectedAtOnce(int max) {
		assertThatIllegalArgumentException().isThrownBy(() -> RoomQuery.builder().max(max))
			.withMessageContaining("between 1 and 1000");
		assertThatIllegalArgumentException().isThrownBy(() -> new MessageQuery("r", max, null, null));
	}

	@Test
	void roomQueryBuilderWhenModifiedThenEarlierBuildersAreUnchanged() {
		RoomQuery.Builder groups = RoomQuery.builder().type(RoomType.GROUP);

		RoomQuery small = groups.max(1).build();
		RoomQuery sorted = groups.sortBy(RoomSort.CREATED).build();

		assertThat(small).isEqualTo(new RoomQuery(RoomType.GROUP, null, null, 1));
		assertThat(sorted).isEqualTo(new RoomQuery(RoomType.GROUP, RoomSort.CREATED, null, null));
	}

	@Test
	void teamIdWhenBlankThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> RoomQuery.builder().teamId(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> RoomQuery.builder().teamId(null));
	}

	@Test
	void messageQueryWhenRoomMissingThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.of(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.of(null));
	}

	@Test
	void roomTypeWhenUnknownValueThenNullRatherThanFailure() {
		assertThat(RoomType.fromValue("direct")).isEqualTo(RoomType.DIRECT);
		assertThat(RoomType.fromValue("hologram")).isNull();
		assertThat(RoomSort.LAST_ACTIVITY.value()).isEqualTo("lastactivity");
	}

	@Test
	void displayTitleWhenTitleMissingThenPlaceholder() {
		Room room = new Room("id", null, false, RoomType.GROUP, false, null, null, null, null);

		assertThat(room.displayTitle()).isEqualTo(Room.UNAVAILABLE_TITLE);
	}

}
