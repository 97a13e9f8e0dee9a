package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Organization;

/** The {@code /organizations} endpoints of Webex's admin API, for admins: the organizations the caller can see. */
public final class Organizations {

	static final String SCOPE = "spark-admin:organizations_read";

	private static final String PATH = "/organizations";

	private final Endpoint<Organization> endpoint;

	Organizations(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, Set.of(), Organization.class);
	}

	/** The first page of the organizations (Webex documents one page, but a next link is followed). */
	public Page<Organization> list() {
		return this.endpoint.list(Map.of());
	}

	/** The page at {@code next}, which must be an organizations URL of the configured API. */
	public Page<Organization> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every organization the caller can see, fetching pages lazily. */
	public Stream<Organization> stream() {
		return this.endpoint.stream(this::list);
	}

	/** Every organization the caller can see, fetching pages lazily. */
	public Iterator<Organization> iterate() {
		return this.endpoint.iterate(this::list);
	}

	public Organization get(String orgId) {
		return this.endpoint.get(orgId);
	}

}
