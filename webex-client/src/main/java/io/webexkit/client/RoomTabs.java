package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.RoomTab;
import io.webexkit.client.model.RoomTabRequest;

/**
 * The {@code /room/tabs} endpoints: web pages pinned to a space, seen by its members. Webex names no scope of their
 * own for tabs; they are the space's, so these calls name the rooms scopes.
 */
public final class RoomTabs {

	static final String SCOPE = Rooms.SCOPE;

	static final String WRITE_SCOPE = Rooms.WRITE_SCOPE;

	private static final String PATH = "/room/tabs";

	private static final Set<String> FILTERS = Set.of("roomId");

	private final Endpoint<RoomTab> endpoint;

	RoomTabs(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, RoomTab.class);
	}

	/** The tabs of a space the caller is a member of (Webex sends them in one page). */
	public Page<RoomTab> list(String roomId) {
		return this.endpoint.list(Map.of("roomId", Checks.notBlank(roomId, "roomId")));
	}

	/** The page at {@code next}, which must be a room tabs URL of the configured API. */
	public Page<RoomTab> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every tab of the space, following next links should Webex send any. */
	public Stream<RoomTab> stream(String roomId) {
		Checks.notBlank(roomId, "roomId");
		return this.endpoint.stream(() -> list(roomId));
	}

	/** Every tab of the space, following next links should Webex send any. */
	public Iterator<RoomTab> iterate(String roomId) {
		Checks.notBlank(roomId, "roomId");
		return this.endpoint.iterate(() -> list(roomId));
	}

	public RoomTab get(String tabId) {
		return this.endpoint.get(tabId);
	}

	/** Adds a tab to the space; not retried after 5xx or timeouts. */
	public RoomTab create(RoomTabRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.create(WRITE_SCOPE, request.fields());
	}

	/** Points the tab at another page or renames it (start from {@link RoomTabRequest#of(RoomTab)}). */
	public RoomTab update(String tabId, RoomTabRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.update(tabId, WRITE_SCOPE, request.fields());
	}

	public void delete(String tabId) {
		this.endpoint.delete(tabId, WRITE_SCOPE);
	}

}
