package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a compliance officer reads through {@code GET /v1/events}: every change to messages, memberships, rooms and
 * attachment actions in the organization, newest first, kept up to a bound (the oldest go first).
 */
final class EventLog {

	private static final int LIMIT = 10_000;

	private final List<Event> events = new ArrayList<>();

	synchronized void record(String resource, String type, String actorId, Map<String, Object> data, Instant when) {
		this.events.add(0, new Event(Ids.encode("EVENT", UUID.randomUUID()), resource, type, actorId,
				new LinkedHashMap<>(data), when));
		if (this.events.size() > LIMIT) {
			this.events.remove(this.events.size() - 1);
		}
	}

	synchronized List<Event> newestFirst() {
		return new ArrayList<>(this.events);
	}

	synchronized Optional<Event> get(String id) {
		return this.events.stream().filter((e) -> e.id().equals(id)).findFirst();
	}

	synchronized void clear() {
		this.events.clear();
	}

	/** One recorded change. */
	record Event(String id, String resource, String type, String actorId, Map<String, Object> data,
			Instant created) {

		Map<String, Object> item() {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", this.id);
			item.put("resource", this.resource);
			item.put("type", this.type);
			item.put("actorId", this.actorId);
			item.put("orgId", SeedData.ORG_ID);
			item.put("created", Json.timestamp(this.created));
			item.put("data", this.data);
			return item;
		}

	}

}
