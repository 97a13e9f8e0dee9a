package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.TeamMembership;
import io.webexkit.client.model.TeamMembershipRequest;
import org.jspecify.annotations.Nullable;

/** The {@code /team/memberships} endpoints: who is in which team. */
public final class TeamMemberships {

	static final String SCOPE = "spark:team_memberships_read";

	static final String WRITE_SCOPE = "spark:team_memberships_write";

	private static final String PATH = "/team/memberships";

	private static final Set<String> FILTERS = Set.of("teamId");

	private final Endpoint<TeamMembership> endpoint;

	TeamMemberships(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, TeamMembership.class);
	}

	/** The first page of a team's members, in pages of the Webex default size. */
	public Page<TeamMembership> list(String teamId) {
		return first(teamId, null);
	}

	/** The first page of a team's members, {@code max} (1..1000) per page. */
	public Page<TeamMembership> list(String teamId, int max) {
		return first(teamId, Checks.max(max));
	}

	/** The page at {@code next}, which must be a team memberships URL of the configured API. */
	public Page<TeamMembership> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every member of the team, fetching pages lazily as the stream is consumed. */
	public Stream<TeamMembership> stream(String teamId) {
		Checks.notBlank(teamId, "teamId");
		return this.endpoint.stream(() -> list(teamId));
	}

	/** Every member of the team, fetching pages lazily as the iterator is consumed. */
	public Iterator<TeamMembership> iterate(String teamId) {
		Checks.notBlank(teamId, "teamId");
		return this.endpoint.iterate(() -> list(teamId));
	}

	public TeamMembership get(String membershipId) {
		return this.endpoint.get(membershipId);
	}

	/** Adds someone to a team; not retried after 5xx or timeouts, since they may have been added. */
	public TeamMembership create(TeamMembershipRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.create(WRITE_SCOPE, request.fields());
	}

	/** Makes the member a moderator of the team or not, the one thing Webex lets an update change. */
	public TeamMembership update(String membershipId, boolean isModerator) {
		return this.endpoint.update(membershipId, WRITE_SCOPE, Map.of("isModerator", isModerator));
	}

	/** Removes the member from the team; Webex refuses to remove its last moderator. */
	public void delete(String membershipId) {
		this.endpoint.delete(membershipId, WRITE_SCOPE);
	}

	private Page<TeamMembership> first(String teamId, @Nullable Integer max) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put("teamId", Checks.notBlank(teamId, "teamId"));
		parameters.put("max", max);
		return this.endpoint.list(parameters);
	}

}
