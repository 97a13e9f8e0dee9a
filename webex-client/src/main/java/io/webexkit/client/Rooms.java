package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomMeetingInfo;
import io.webexkit.client.model.RoomQuery;
import io.webexkit.client.model.RoomRequest;
import io.webexkit.client.model.RoomUpdate;
import org.jspecify.annotations.Nullable;

/** The {@code /rooms} endpoints (Webex spaces). */
public final class Rooms {

	static final String SCOPE = "spark:rooms_read";

	static final String WRITE_SCOPE = "spark:rooms_write";

	private static final String PATH = "/rooms";

	/** Webex has been seen dropping these from next links; they are put back. */
	private static final Set<String> FILTERS = Set.of("type", "sortBy", "teamId", "orgPublicSpaces", "from", "to");

	private final Endpoint<Room> endpoint;

	Rooms(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, Room.class);
	}

	/** The first page of rooms matching {@code query}. */
	public Page<Room> list(RoomQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("type", (query.type() != null) ? query.type().value() : null);
		parameters.put("sortBy", (query.sortBy() != null) ? query.sortBy().value() : null);
		parameters.put("teamId", query.teamId());
		parameters.put("orgPublicSpaces", query.orgPublicSpaces() ? true : null);
		parameters.put("from", query.from());
		parameters.put("to", query.to());
		parameters.put("max", query.max());
		return this.endpoint.list(parameters);
	}

	/** The page at {@code next}, which must be a rooms URL of the configured API. */
	public Page<Room> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every matching room, fetching pages lazily as the stream is consumed. */
	public Stream<Room> stream(RoomQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.stream(() -> list(query));
	}

	/** Every matching room, fetching pages lazily as the iterator is consumed. */
	public Iterator<Room> iterate(RoomQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.iterate(() -> list(query));
	}

	public Room get(String roomId) {
		return this.endpoint.get(roomId);
	}

	/** Creates a group space with the caller as its member; not retried after 5xx or timeouts. */
	public Room create(RoomRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.create(WRITE_SCOPE, request.fields());
	}

	/** Changes the space's title and the other settings {@code update} sends. */
	public Room update(String roomId, RoomUpdate update) {
		Checks.notNull(update, "update");
		return this.endpoint.update(roomId, WRITE_SCOPE, update.fields());
	}

	/**
	 * Deletes the space for good; when the caller is not a moderator Webex only removes them from it, and a space of
	 * a team is archived instead.
	 */
	public void delete(String roomId) {
		this.endpoint.delete(roomId, WRITE_SCOPE);
	}

	/** The space's meeting: link, SIP address and dial-in numbers (an API Webex has deprecated). */
	public RoomMeetingInfo meetingInfo(String roomId) {
		return this.endpoint.read(roomId, "/meetingInfo", RoomMeetingInfo.class);
	}

}
