package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One collection of the API ({@code /rooms}, {@code /team/memberships}, ...) with its item type: listing, paging and
 * the calls on one item, so each resource class only says which parameters, bodies and scopes its operations take.
 * Every call goes through {@link ApiSession}, hence through the engine's origin check, retries and refresh.
 */
final class Endpoint<T> {

	private final ApiSession session;

	private final String path;

	private final @Nullable String readScope;

	private final Set<String> filters;

	private final Class<T> type;

	/**
	 * @param path the collection's path, such as {@code /rooms}; next links must stay under it
	 * @param readScope the scope listing and reading need, named when Webex answers 403
	 * @param filters the list parameters Webex may drop from next links, put back on each next page
	 */
	Endpoint(ApiSession session, String path, @Nullable String readScope, Set<String> filters, Class<T> type) {
		this.session = session;
		this.path = path;
		this.readScope = readScope;
		this.filters = filters;
		this.type = type;
	}

	/** The first page; null parameters are left out. */
	Page<T> list(Map<String, ? extends @Nullable Object> parameters) {
		return page(this.session.uri(this.path, parameters));
	}

	/** The page at {@code next}, which must be under this collection of the configured API. */
	Page<T> page(URI next) {
		Checks.notNull(next, "next");
		return this.session.page(next, this.path, this.readScope, this.filters, this.type);
	}

	Stream<T> stream(Supplier<Page<T>> first) {
		return PageIterator.stream(first, this::page);
	}

	Iterator<T> iterate(Supplier<Page<T>> first) {
		return new PageIterator<>(first, this::page);
	}

	T get(String id) {
		return get(id, Map.of());
	}

	T get(String id, Map<String, ? extends @Nullable Object> parameters) {
		return this.session.get(item(id, "", parameters), this.path, this.readScope, this.type);
	}

	/** A sub-resource of one item, such as a room's {@code /meetingInfo}. */
	<R> R read(String id, String subPath, Class<R> resultType) {
		return this.session.get(item(id, subPath, Map.of()), this.path, this.readScope, resultType);
	}

	/** A POST, which the engine never retries after a 5xx or timeout: the item may have been created. */
	T create(@Nullable String scope, Map<String, ?> fields) {
		return this.session.post(this.session.uri(this.path, Map.of()), this.path, scope, fields, this.type);
	}

	/** A PUT: Webex replaces the item with {@code fields}, so they must be the full set. */
	T update(String id, @Nullable String scope, Map<String, ?> fields) {
		return this.session.put(item(id, "", Map.of()), this.path, scope, fields, this.type);
	}

	/** Webex answers 204 No Content. */
	void delete(String id, @Nullable String scope) {
		this.session.delete(item(id, "", Map.of()), this.path, scope);
	}

	private URI item(String id, String subPath, Map<String, ? extends @Nullable Object> parameters) {
		return this.session.uri(this.path + "/" + ApiOrigin.segment(id) + subPath, parameters);
	}

}
