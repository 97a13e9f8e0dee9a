package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomQuery;
import org.jspecify.annotations.Nullable;

/** The {@code /rooms} endpoints (Webex spaces). */
public final class Rooms {

	static final String SCOPE = "spark:rooms_read";

	private static final String PATH = "/rooms";

	/** Webex has been seen dropping these from next links; they are put back. */
	private static final Set<String> FILTERS = Set.of("type", "sortBy", "teamId");

	private final ApiSession session;

	Rooms(ApiSession session) {
		this.session = session;
	}

	/** The first page of rooms matching {@code query}. */
	public Page<Room> list(RoomQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("type", (query.type() != null) ? query.type().value() : null);
		parameters.put("sortBy", (query.sortBy() != null) ? query.sortBy().value() : null);
		parameters.put("teamId", query.teamId());
		parameters.put("max", query.max());
		return page(this.session.uri(PATH, parameters));
	}

	/** The page at {@code next}, which must be a rooms URL of the configured API. */
	public Page<Room> page(URI next) {
		Checks.notNull(next, "next");
		return this.session.page(next, PATH, SCOPE, FILTERS, Room.class);
	}

	/** Every matching room, fetching pages lazily as the stream is consumed. */
	public Stream<Room> stream(RoomQuery query) {
		Checks.notNull(query, "query");
		return PageIterator.stream(() -> list(query), this::page);
	}

	/** Every matching room, fetching pages lazily as the iterator is consumed. */
	public Iterator<Room> iterate(RoomQuery query) {
		Checks.notNull(query, "query");
		return new PageIterator<>(() -> list(query), this::page);
	}

	public Room get(String roomId) {
		return this.session.get(this.session.uri(PATH + "/" + ApiOrigin.segment(roomId), Map.of()), PATH, SCOPE,
				Room.class);
	}

}
