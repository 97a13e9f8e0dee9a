package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Person;
import io.webexkit.client.model.PersonQuery;
import io.webexkit.client.model.PersonRequest;
import org.jspecify.annotations.Nullable;

/** The {@code /people} endpoints: anyone may look people up; creating, updating and deleting them is for admins. */
public final class People {

	static final String SCOPE = "spark:people_read";

	static final String ADMIN_WRITE_SCOPE = "spark-admin:people_write";

	private static final String PATH = "/people";

	private static final Set<String> FILTERS = Set.of("email", "displayName", "id", "orgId", "roles", "callingData",
			"locationId", "excludeStatus");

	private final Endpoint<Person> endpoint;

	People(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, Person.class);
	}

	/** The user (or bot) the access token belongs to. */
	public Person me() {
		return this.endpoint.get("me");
	}

	/** The first page of the people matching {@code query}; ids Webex does not know are left out. */
	public Page<Person> list(PersonQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("email", query.email());
		parameters.put("displayName", query.displayName());
		parameters.put("id", query.ids().isEmpty() ? null : String.join(",", query.ids()));
		parameters.put("orgId", query.orgId());
		parameters.put("roles", query.roles().isEmpty() ? null : String.join(",", query.roles()));
		parameters.put("callingData", query.callingData() ? true : null);
		parameters.put("locationId", query.locationId());
		parameters.put("excludeStatus", query.excludeStatus() ? true : null);
		parameters.put("max", query.max());
		return this.endpoint.list(parameters);
	}

	/** The page at {@code next}, which must be a people URL of the configured API. */
	public Page<Person> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every matching person, fetching pages lazily as the stream is consumed. */
	public Stream<Person> stream(PersonQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.stream(() -> list(query));
	}

	/** Every matching person, fetching pages lazily as the iterator is consumed. */
	public Iterator<Person> iterate(PersonQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.iterate(() -> list(query));
	}

	/** The person with this id; {@link WebexNotFoundException} when there is none. */
	public Person get(String personId) {
		return this.endpoint.get(personId);
	}

	/**
	 * Creates a user in the admin's organization; not retried after 5xx or timeouts. Webex may have created the
	 * person even when it answers 400 (a part of it failed): look them up by e-mail before trying again.
	 *
	 * @throws IllegalArgumentException without e-mails or any name, or with {@code loginEnabled} (update only)
	 */
	public Person create(PersonRequest request) {
		Checks.notNull(request, "request");
		if (request.emails().isEmpty()) {
			throw new IllegalArgumentException("A person to create needs emails");
		}
		if (request.displayName() == null && request.firstName() == null && request.lastName() == null) {
			throw new IllegalArgumentException("A person to create needs a displayName, firstName or lastName");
		}
		if (request.loginEnabled() != null) {
			throw new IllegalArgumentException("loginEnabled can only be set by an update");
		}
		return this.endpoint.create(ADMIN_WRITE_SCOPE, request.fields());
	}

	/**
	 * Replaces the person's details with {@code request}'s (start it from {@link PersonRequest#builder(Person)}).
	 * Webex can change some details and fail on others: read the person again after an error.
	 *
	 * @throws IllegalArgumentException when the request has no {@code displayName}
	 */
	public Person update(String personId, PersonRequest request) {
		Checks.notNull(request, "request");
		if (request.displayName() == null) {
			throw new IllegalArgumentException("A person's update needs a displayName");
		}
		return this.endpoint.update(personId, ADMIN_WRITE_SCOPE, request.fields());
	}

	/** Removes the person from Webex (full or user administrators). */
	public void delete(String personId) {
		this.endpoint.delete(personId, ADMIN_WRITE_SCOPE);
	}

}
