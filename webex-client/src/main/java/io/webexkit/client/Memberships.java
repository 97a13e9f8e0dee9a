package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Membership;
import io.webexkit.client.model.MembershipQuery;
import io.webexkit.client.model.MembershipRequest;
import io.webexkit.client.model.MembershipUpdate;
import org.jspecify.annotations.Nullable;

/** The {@code /memberships} endpoints: who is in which space. */
public final class Memberships {

	static final String SCOPE = "spark:memberships_read";

	static final String WRITE_SCOPE = "spark:memberships_write";

	private static final String PATH = "/memberships";

	private static final Set<String> FILTERS = Set.of("roomId", "personId", "personEmail");

	private final Endpoint<Membership> endpoint;

	Memberships(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, Membership.class);
	}

	/** The first page of a space's members. */
	public Page<Membership> list(String roomId) {
		return list(MembershipQuery.inRoom(roomId));
	}

	/** The first page of the memberships matching {@code query}: the caller's own, a space's, or a person's. */
	public Page<Membership> list(MembershipQuery query) {
		Checks.notNull(query, "query");
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("roomId", query.roomId());
		parameters.put("personId", query.personId());
		parameters.put("personEmail", query.personEmail());
		parameters.put("max", query.max());
		return this.endpoint.list(parameters);
	}

	/** The page at {@code next}, which must be a memberships URL of the configured API. */
	public Page<Membership> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every matching membership, fetching pages lazily as the stream is consumed. */
	public Stream<Membership> stream(MembershipQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.stream(() -> list(query));
	}

	/** Every matching membership, fetching pages lazily as the iterator is consumed. */
	public Iterator<Membership> iterate(MembershipQuery query) {
		Checks.notNull(query, "query");
		return this.endpoint.iterate(() -> list(query));
	}

	public Membership get(String membershipId) {
		return this.endpoint.get(membershipId);
	}

	/** Adds someone to a space; not retried after 5xx or timeouts, since they may have been added. */
	public Membership create(MembershipRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.create(WRITE_SCOPE, request.fields());
	}

	/** Makes the member a moderator or not, and hides or shows a direct space for them. */
	public Membership update(String membershipId, MembershipUpdate update) {
		Checks.notNull(update, "update");
		return this.endpoint.update(membershipId, WRITE_SCOPE, update.fields());
	}

	/**
	 * Removes the member from the space. Webex refuses to remove the last moderator of a team's general space.
	 */
	public void delete(String membershipId) {
		this.endpoint.delete(membershipId, WRITE_SCOPE);
	}

}
