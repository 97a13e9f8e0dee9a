package io.webexkit.client;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomSort;
import io.webexkit.client.model.RoomType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoomsTests {

	private static final RoomQuery GROUPS_BY_ACTIVITY = RoomQuery.builder()
		.type(RoomType.GROUP)
		.sortBy(RoomSort.LAST_ACTIVITY)
		.max(2)
		.build();

	private final FakeWebex webex = new FakeWebex();

	@AfterEach
	void close() {
		this.webex.close();
	}

	/** Page 1's next link says max=null; page 2's drops type and sortBy; page 3 has no next. */
	private void enqueueThreeDefectivePages() {
		this.webex.enqueue(FakeWebex.json(200, "rooms-page-1.json")
			.addHeader("Link", "<" + this.webex.url("/rooms?max=null&cursor=c2&type=group&sortBy=lastactivity")
					+ ">; rel=\"next\"")
			.build());
		this.webex.enqueue(FakeWebex.json(200, "rooms-page-2.json")
			.addHeader("Link", "<" + this.webex.url("/rooms?cursor=c1") + ">;rel=first ,  <"
					+ this.webex.url("/rooms?max=2&cursor=c3") + ">; rel=next")
			.build());
		this.webex.enqueueJson(200, "rooms-page-3.json");
	}

	@Test
	void streamWhenNextLinksAreDefectiveThenTheyAreRepairedAndEachRoomSeenOnce() {
		enqueueThreeDefectivePages();

		List<Room> rooms = this.webex.client().rooms().stream(GROUPS_BY_ACTIVITY).toList();

		assertThat(rooms).extracting(Room::id)
			.doesNotHaveDuplicates()
			.containsExactly("Y2lzY29zcGFyazovL3VzL1JPT00vYmJjZWIxYWQtNDNmMS0zYjU4LTkxNDctZjE0YmIwYzRkMTU0",
					"Y2lzY29zcGFyazovL3VzL1JPT00vcm9vbS0y", "Y2lzY29zcGFyazovL3VzL1JPT00vcm9vbS0z",
					"Y2lzY29zcGFyazovL3VzL1JPT00vcm9vbS00", "Y2lzY29zcGFyazovL3VzL1JPT00vcm9vbS01");
		assertThat(this.webex.requests()).extracting((request) -> request.getTarget())
			.containsExactly("/v1/rooms?type=group&sortBy=lastactivity&max=2",
					"/v1/rooms?max=2&cursor=c2&type=group&sortBy=lastactivity",
					"/v1/rooms?max=2&cursor=c3&type=group&sortBy=lastactivity");
	}

	@Test
	void iterateWhenConsumedThenOneRequestPerPageOnlyOnDemand() {
		enqueueThreeDefectivePages();

		Iterator<Room> rooms = this.webex.client().rooms().iterate(GROUPS_BY_ACTIVITY);
		assertThat(this.webex.requestCount()).isZero();

		rooms.next();
		rooms.next();
		assertThat(this.webex.requestCount()).isEqualTo(1);
		rooms.next();
		assertThat(this.webex.requestCount()).isEqualTo(2);
		rooms.next();
		rooms.next();
		assertThat(rooms.hasNext()).isFalse();
		assertThat(this.webex.requestCount()).isEqualTo(3);
	}

	@Test
	void streamWhenLimitedThenLaterPagesAreNeverFetched() {
		enqueueThreeDefectivePages();

		try (Stream<Room> rooms = this.webex.client().rooms().stream(GROUPS_BY_ACTIVITY)) {
			assertThat(rooms.limit(2).count()).isEqualTo(2);
		}

		assertThat(this.webex.requestCount()).isEqualTo(1);
	}

	@Test
	void streamWhenAMiddlePageIsEmptyThenItContinuesToTheLastPage() {
		this.webex.enqueue(FakeWebex.json(200, "rooms-empty.json")
			.addHeader("Link", "<" + this.webex.url("/rooms?cursor=c2") + ">; rel=\"next\"")
			.build());
		this.webex.enqueueJson(200, "rooms-page-3.json");

		List<Room> rooms = this.webex.client().rooms().stream(RoomQuery.all()).toList();

		assertThat(rooms).extracting(Room::title).containsExactly("Bob Builder");
		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/rooms");
	}

	@Test
	void listWhenPageHasNextThenPageExposesRepairedNextAndPageFollowsIt() {
		enqueueThreeDefectivePages();
		WebexClient client = this.webex.client();

		Page<Room> first = client.rooms().list(GROUPS_BY_ACTIVITY);
		Page<Room> second = client.rooms().page(first.next().orElseThrow());
		Page<Room> third = client.rooms().page(second.next().orElseThrow());

		assertThat(first.hasNext()).isTrue();
		assertThat(first.next()).hasValueSatisfying((next) -> assertThat(next.getRawQuery())
			.isEqualTo("max=2&cursor=c2&type=group&sortBy=lastactivity"));
		assertThat(second.items()).hasSize(2);
		assertThat(third.items()).hasSize(1);
		assertThat(third.hasNext()).isFalse();
	}

	@Test
	void listWhenItemHasKmsFailureThenTitleUnreadableAndPageStillRead() {
		this.webex.enqueueJson(200, "rooms-page-2.json");

		Page<Room> page = this.webex.client().rooms().list(RoomQuery.all());

		Room hostile = page.items().get(0);
		Room undecryptable = page.items().get(1);
		assertThat(hostile.titleUnreadable()).isFalse();
		assertThat(hostile.displayTitle()).isEqualTo("<script>alert('hi')</script>");
		assertThat(undecryptable.titleUnreadable()).isTrue();
		assertThat(undecryptable.title()).isNull();
		assertThat(undecryptable.displayTitle()).isEqualTo(Room.UNAVAILABLE_TITLE);
	}

	@Test
	void getWhenRoomHasKmsFailureThenTitleUnreadableNotAnError() {
		this.webex.enqueueJson(200, "room-kms-failure.json");

		Room room = this.webex.client().rooms().get("Y2lzY29zcGFyazovL3VzL1JPT00vcm9vbS00");

		assertThat(room.titleUnreadable()).isTrue();
		assertThat(room.displayTitle()).isEqualTo("(title unavailable)");
		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/rooms/Y2lzY29zcGFyazovL3VzL1JPT00vcm9vbS00");
	}

	@Test
	void listWhenItemsHaveUnknownFieldsThenAllKnownFieldsAreRead() {
		this.webex.enqueueJson(200, "rooms-page-1.json");

		Room room = this.webex.client().rooms().list(RoomQuery.all()).items().get(0);

		assertThat(room.title()).isEqualTo("Project Unicorn - Sprint 0");
		assertThat(room.type()).isEqualTo(RoomType.GROUP);
		assertThat(room.isLocked()).isTrue();
		assertThat(room.teamId()).startsWith("Y2lzY29zcGFyazovL3VzL1RFQU0v");
		assertThat(room.lastActivity()).isEqualTo(Instant.parse("2024-04-30T09:15:02.114Z"));
		assertThat(room.created()).isEqualTo(Instant.parse("2016-04-21T19:01:55.966Z"));
		assertThat(room.creatorId()).startsWith("Y2lzY29zcGFyazovL3VzL1BFT1BMRS9m");
		assertThat(room.titleUnreadable()).isFalse();
	}

	@Test
	void getWhenIdHasReservedCharactersThenTheyAreEncodedIntoOneSegment() {
		this.webex.enqueueJson(200, "room-kms-failure.json");

		this.webex.client().rooms().get("a/b?c=d");

		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/rooms/a%2Fb%3Fc%3Dd");
	}

	@Test
	void listWhenTeamGivenThenItIsSentAndKeptOnNextPages() {
		this.webex.enqueue(FakeWebex.json(200, "rooms-empty.json")
			.addHeader("Link", "<" + this.webex.url("/rooms?cursor=c2") + ">; rel=\"next\"")
			.build());
		this.webex.enqueueJson(200, "rooms-page-3.json");

		this.webex.client().rooms().stream(RoomQuery.builder().teamId("team 1").type(RoomType.DIRECT).build()).count();

		assertThat(this.webex.request(0).getTarget()).isEqualTo("/v1/rooms?type=direct&teamId=team+1");
		assertThat(this.webex.request(1).getTarget()).isEqualTo("/v1/rooms?cursor=c2&type=direct&teamId=team+1");
	}

	@Test
	void listWhenItemErrorsHaveAnUnexpectedShapeThenTheItemIsStillRead() {
		this.webex.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
			.body("{\"items\":[{\"id\":\"r1\",\"title\":\"T\",\"type\":\"hologram\",\"errors\":[\"odd\"]}]}")
			.build());

		Room room = this.webex.client().rooms().list(RoomQuery.all()).items().get(0);

		assertThat(room.titleUnreadable()).isFalse();
		assertThat(room.displayTitle()).isEqualTo("T");
		assertThat(room.type()).isNull();
	}

}
