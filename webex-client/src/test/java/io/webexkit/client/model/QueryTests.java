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
	void roomQueryBuilderWhenSettersCalledAsStatementsThenBuildSeesThemAndEarlierQueriesStay() {
		RoomQuery.Builder builder = RoomQuery.builder();
		builder.type(RoomType.GROUP);
		builder.max(1);
		RoomQuery small = builder.build();
		builder.sortBy(RoomSort.CREATED);

		assertThat(small).isEqualTo(new RoomQuery(RoomType.GROUP, null, null, 1, false, null, null));
		assertThat(builder.build()).isEqualTo(new RoomQuery(RoomType.GROUP, RoomSort.CREATED, null, 1, false, null, null));
	}

	@Test
	void messageQueryBuilderWhenAllSetThenQueryHoldsThem() {
		java.time.Instant before = java.time.Instant.parse("2026-11-30T10:00:00Z");
		MessageQuery.Builder builder = MessageQuery.builder("room-1");
		builder.max(20);
		builder.before(before);

		assertThat(builder.beforeMessage("m-1").build()).isEqualTo(new MessageQuery("room-1", 20, before, "m-1"));
		assertThat(MessageQuery.builder("room-1").build()).isEqualTo(MessageQuery.of("room-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.builder(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.builder("r").max(0));
		assertThatIllegalArgumentException().isThrownBy(() -> MessageQuery.builder("r").beforeMessage(""));
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
		Room room = new Room("id", null, false, RoomType.GROUP, false, null, null, null, null, null, null, false, false,
				false, null, null);

		assertThat(room.displayTitle()).isEqualTo(Room.UNAVAILABLE_TITLE);
	}

}
