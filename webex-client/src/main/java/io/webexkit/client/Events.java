package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Event;
import io.webexkit.client.model.EventQuery;
import org.jspecify.annotations.Nullable;

/** The {@code /events} endpoints: the organization's compliance events, for compliance officers. */
public final class Events {

	static final String SCOPE = "spark-compliance:events_read";

	private static final String PATH = "/events";

	private static final Set<String> FILTERS = Set.of("resource", "type", "actorId", "from", "to", "serviceType");

	private final Endpoint<Event> endpoint;

	Events(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, Event.class);
	}

	/** The first page of the events matching {@code query}. */
	public Page<Event> list(EventQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("resource", (query.resource() != null) ? query.resource().value() : null);
		parameters.put("type", (query.type() != null) ? query.type().value() : null);
		parameters.put("actorId", query.actorId());
		parameters.put("from", query.from());
		parameters.put("to", query.to());
		parameters.put("serviceType", query.serviceType());
		parameters.put("max", query.max());
		return this.endpoint.list(parameters);
	}

	/** The page at {@code next}, which must be an events URL of the configured API. */
	public Page<Event> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every matching event, fetching pages lazily as the stream is consumed. */
	public Stream<Event> stream(EventQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.stream(() -> list(query));
	}

	/** Every matching event, fetching pages lazily as the iterator is consumed. */
	public Iterator<Event> iterate(EventQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.iterate(() -> list(query));
	}

	public Event get(String eventId) {
		return this.endpoint.get(eventId);
	}

}
