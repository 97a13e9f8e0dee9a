package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Role;

/** The {@code /roles} endpoints of Webex's admin API, for admins: the administrator roles a person can hold. */
public final class Roles {

	static final String SCOPE = "spark-admin:roles_read";

	private static final String PATH = "/roles";

	private final Endpoint<Role> endpoint;

	Roles(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, Set.of(), Role.class);
	}

	/** The first page of the roles. */
	public Page<Role> list() {
		return this.endpoint.list(Map.of());
	}

	/** The page at {@code next}, which must be a roles URL of the configured API. */
	public Page<Role> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every role, fetching pages lazily. */
	public Stream<Role> stream() {
		return this.endpoint.stream(this::list);
	}

	/** Every role, fetching pages lazily. */
	public Iterator<Role> iterate() {
		return this.endpoint.iterate(this::list);
	}

	public Role get(String roleId) {
		return this.endpoint.get(roleId);
	}

}
