package io.webexkit.client;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/** How a room is read from Webex's JSON, whatever the order, extra fields or shape of {@code errors}. */
class RoomJsonTests {

	@Test
	void itemsWhenEveryFieldIsPresentThenEachIsRead() {
		List<Room> rooms = items("""
				{"items": [{"id": "r1", "title": "Design <review>", "type": "group", "isLocked": true,
				  "teamId": "t1", "lastActivity": "2026-01-02T03:04:05.678Z", "created": "2025-12-31T23:59:59Z",
				  "creatorId": "p1", "ownerId": "o1", "classificationId": "c1", "isAnnouncementOnly": true,
				  "isReadOnly": true, "isPublic": true, "madePublic": "2026-01-01T00:00:00.000Z",
				  "description": "All hands"}]}""");
		assertThat(rooms).containsExactly(new Room("r1", "Design <review>", false, RoomType.GROUP, true, "t1",
				Instant.parse("2026-01-02T03:04:05.678Z"), Instant.parse("2025-12-31T23:59:59Z"), "p1", "o1", "c1", true,
				true, true, Instant.parse("2026-01-01T00:00:00Z"), "All hands"));
	}

	@Test
	void itemsWhenWebexCouldNotDecryptTheDescriptionThenItIsDroppedAndTheTitleKept() {
		List<Room> rooms = items("""
				{"items": [{"id": "r1", "title": "Readable", "description": "eyJhbGciOi...",
				  "errors": {"description": {"code": "kms_failure"}}}]}""");
		assertThat(rooms).extracting(Room::title, Room::titleUnreadable, Room::description)
			.containsExactly(tuple("Readable", false, null));
	}

	@Test
	void itemsWhenFieldsAreMissingReorderedOrUnknownThenNullsFalseAndTheRestSkipped() {
		List<Room> rooms = items("""
				{"notItems": {"a": [1, {"b": 2}]}, "items": [
				  {"extra": {"nested": [{"id": "not-this"}]}, "list": [1, [2, 3]], "id": "r2"},
				  {"creatorId": null, "type": "hologram", "isLocked": null, "id": "r3", "title": null},
				  null]}""");
		assertThat(rooms).containsExactly(bare("r2", false, null), bare("r3", false, null));
		assertThat(rooms.get(0).displayTitle()).isEqualTo(Room.UNAVAILABLE_TITLE);
	}

	@Test
	void itemsWhenWebexCouldNotDecryptTheTitleThenItIsNotTrusted() {
		List<Room> rooms = items("""
				{"items": [
				  {"id": "r4", "title": "eyJhbGciOi...", "errors": {"title": {"code": "kms_failure", "reason": "x"}}},
				  {"errors": {"title": {"code": "kms_failure"}, "other": [1]}, "title": "eyJ...", "id": "r5"},
				  {"id": "r6", "title": "Readable", "errors": {"description": {"code": "kms_failure"}}},
				  {"id": "r7", "title": "Readable", "errors": {"title": null}},
				  {"id": "r8", "title": "Readable", "errors": ["title"]},
				  {"id": "r9", "title": "Readable", "errors": "title"}]}""");
		assertThat(rooms).extracting(Room::id, Room::title, Room::titleUnreadable)
			.containsExactly(tuple("r4", null, true),
					tuple("r5", null, true),
					tuple("r6", "Readable", false),
					tuple("r7", "Readable", false),
					tuple("r8", "Readable", false),
					tuple("r9", "Readable", false));
	}

	@Test
	void readWhenASingleRoomThenTheSameRules() {
		RawResponse response = response("""
				{"id": "r1", "type": "direct", "errors": {"title": {"code": "kms_failure"}}, "title": "x"}""");
		assertThat(Json.read(response, Room.class, "t")).isEqualTo(bare("r1", true, RoomType.DIRECT));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"items\": [{\"id\": 7}]}", "{\"items\": [{\"id\": \"r\", \"title\": [\"a\"]}]}",
			"{\"items\": [{\"id\": \"r\", \"isLocked\": \"yes\"}]}",
			"{\"items\": [{\"id\": \"r\", \"created\": \"yesterday\"}]}", "{\"items\": [\"r\"]}",
			"{\"items\": [{\"id\": \"r\"" })
	void itemsWhenAValueHasTheWrongShapeThenTheResponseIsUnreadableWithoutQuotingIt(String json) {
		assertThatExceptionOfType(WebexException.class).isThrownBy(() -> items(json))
			.withMessageStartingWith("Unreadable Webex response for Room")
			.withMessageNotContaining("yesterday")
			.withMessageNotContaining("yes\"");
	}

	private static List<Room> items(String json) {
		return Json.items(response(json), Room.class, "t");
	}

	private static RawResponse response(String json) {
		return new RawResponse(200, HttpHeaders.of(Map.of(), (name, value) -> true),
				json.getBytes(StandardCharsets.UTF_8), "t");
	}

	/** A room with only an id, a type and whether its title is unreadable. */
	static Room bare(String id, boolean titleUnreadable, RoomType type) {
		return new Room(id, null, titleUnreadable, type, false, null, null, null, null, null, null, false, false, false,
				null, null);
	}

}
