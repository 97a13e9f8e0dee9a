package io.webexkit.client;

import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.webexkit.client.model.Team;
import io.webexkit.client.model.TeamRequest;

/** The {@code /teams} endpoints: the teams the caller belongs to. Their members are {@link TeamMemberships}. */
public final class Teams {

	static final String SCOPE = "spark:teams_read";

	static final String WRITE_SCOPE = "spark:teams_write";

	private static final String PATH = "/teams";

	/** Only {@code max} is ever sent, and it always survives to the next page. */
	private static final Set<String> FILTERS = Set.of();

	private final Endpoint<Team> endpoint;

	Teams(ApiSession session) {
		this.endpoint = new Endpoint<>(session, PATH, SCOPE, FILTERS, Team.class);
	}

	/** The first page of the caller's teams, in pages of the Webex default size. */
	public Page<Team> list() {
		return this.endpoint.list(Map.of());
	}

	/** The first page of the caller's teams, {@code max} (1..1000) per page. */
	public Page<Team> list(int max) {
		return this.endpoint.list(Map.of("max", Checks.max(max)));
	}

	/** The page at {@code next}, which must be a teams URL of the configured API. */
	public Page<Team> page(URI next) {
		return this.endpoint.page(next);
	}

	/** Every team of the caller, fetching pages lazily as the stream is consumed. */
	public Stream<Team> stream() {
		return this.endpoint.stream(this::list);
	}

	/** Every team of the caller, fetching pages lazily as the iterator is consumed. */
	public Iterator<Team> iterate() {
		return this.endpoint.iterate(this::list);
	}

	public Team get(String teamId) {
		return this.endpoint.get(teamId);
	}

	/** Creates a team with the caller as its member; not retried after 5xx or timeouts. */
	public Team create(TeamRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.create(WRITE_SCOPE, request.fields());
	}

	/** Replaces the team's name and description (start from {@link TeamRequest#of(Team)}). */
	public Team update(String teamId, TeamRequest request) {
		Checks.notNull(request, "request");
		return this.endpoint.update(teamId, WRITE_SCOPE, request.fields());
	}

	public void delete(String teamId) {
		this.endpoint.delete(teamId, WRITE_SCOPE);
	}

}
