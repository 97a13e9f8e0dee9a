package io.webexkit.app.spaces;

import org.junit.jupiter.api.Test;

import io.webexkit.client.model.RoomSort;
import io.webexkit.client.model.RoomType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SpacesFilterTests {

	@Test
	void parseWhenNothingGivenThenAllByLastActivityFiftyPerPage() {
		SpacesFilter filter = SpacesFilter.parse(null, null, null);
		assertThat(filter).isEqualTo(new SpacesFilter(null, RoomSort.LAST_ACTIVITY, 50));
		assertThat(filter.query()).isEqualTo("type=all&sort=activity&size=50");
	}

	@Test
	void parseWhenChoicesGivenThenRoomQueryCarriesThem() {
		SpacesFilter filter = SpacesFilter.parse("direct", "created", "25");
		assertThat(filter.roomQuery().type()).isEqualTo(RoomType.DIRECT);
		assertThat(filter.roomQuery().sortBy()).isEqualTo(RoomSort.CREATED);
		assertThat(filter.roomQuery().max()).isEqualTo(25);
		assertThat(SpacesFilter.parse(filter.typeParam(), filter.sortParam(), "25")).isEqualTo(filter);
	}

	@Test
	void parseWhenValueNotOfferedThenBadRequest() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SpacesFilter.parse("foo", null, null));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SpacesFilter.parse("DIRECT", null, null));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SpacesFilter.parse(null, "id", null));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SpacesFilter.parse(null, null, "-1"));
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> SpacesFilter.parse(null, null, "050"));
	}

}
