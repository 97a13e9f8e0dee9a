package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

/**
 * Webex's teams: a name, members (its creator a moderator) and a General space that every member is in. Spaces
 * created in the team name it by {@code teamId}. In memory and thread-safe.
 */
final class TeamStore {

	private final Map<String, Team> teams = new LinkedHashMap<>();

	synchronized Team add(Team team) {
		this.teams.put(team.id(), team);
		return team;
	}

	synchronized Optional<Team> team(String id) {
		return Optional.ofNullable(this.teams.get(id));
	}

	/** The teams {@code personId} is a member of, oldest first. */
	synchronized List<Team> of(String personId) {
		List<Team> found = new ArrayList<>();
		for (Team team : this.teams.values()) {
			if (team.member(personId).isPresent()) {
				found.add(team);
			}
		}
		return found;
	}

	/** Replaces the team with what {@code change} makes of it, atomically; empty if there is none. */
	synchronized Optional<Team> update(String id, UnaryOperator<Team> change) {
		Team team = this.teams.get(id);
		if (team == null) {
			return Optional.empty();
		}
		Team changed = change.apply(team);
		this.teams.put(id, changed);
		return Optional.of(changed);
	}

	synchronized void remove(String id) {
		this.teams.remove(id);
	}

	synchronized void clear() {
		this.teams.clear();
	}

	/** A team now; {@code generalRoomId} is its General space. */
	record Team(String id, String name, @Nullable String description, String creatorId, Instant created,
			String generalRoomId, List<TeamMember> members) {

		Team {
			members = List.copyOf(members);
		}

		Optional<TeamMember> member(String personId) {
			return this.members.stream().filter((m) -> m.person().id().equals(personId)).findFirst();
		}

		boolean moderates(String personId) {
			return member(personId).map(TeamMember::moderator).orElse(false);
		}

		Team named(String name, @Nullable String description) {
			return new Team(this.id, name, description, this.creatorId, this.created, this.generalRoomId,
					this.members);
		}

		Team with(TeamMember member) {
			List<TeamMember> more = new ArrayList<>(this.members);
			more.removeIf((m) -> m.person().id().equals(member.person().id()));
			more.add(member);
			return new Team(this.id, this.name, this.description, this.creatorId, this.created, this.generalRoomId,
					more);
		}

		Team without(String personId) {
			List<TeamMember> fewer = new ArrayList<>(this.members);
			fewer.removeIf((m) -> m.person().id().equals(personId));
			return new Team(this.id, this.name, this.description, this.creatorId, this.created, this.generalRoomId,
					fewer);
		}

	}

	/** A person in a team since {@code joined}. */
	record TeamMember(SimMember person, Instant joined, boolean moderator) {
	}

}
