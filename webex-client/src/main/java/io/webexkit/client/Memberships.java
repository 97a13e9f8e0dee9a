package io.webexkit.client;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import io.webexkit.client.model.Membership;

/** The {@code /memberships} endpoints. */
public final class Memberships {

	static final String SCOPE = "spark:memberships_read";

	private static final String PATH = "/memberships";

	private static final Set<String> FILTERS = Set.of("roomId", "personId", "personEmail");

	private final ApiSession session;

	Memberships(ApiSession session) {
		this.session = session;
	}

	/** The first page of a space's members. */
	public Page<Membership> list(String roomId) {
		Checks.notBlank(roomId, "roomId");
		return page(this.session.uri(PATH, Map.of("roomId", roomId)));
	}

	/** The page at {@code next}, which must be a memberships URL of the configured API. */
	public Page<Membership> page(URI next) {
		Checks.notNull(next, "next");
		return this.session.page(next, PATH, SCOPE, FILTERS, Membership.class);
	}

}
