package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Webex's Teams and Team Memberships APIs: a team's creator is its first moderator; creating one opens its General
 * space; a new member is added to the General space; moderators add, remove, rename and delete (a team's spaces go
 * with it); anyone may leave.
 */
@Controller
class TeamsController {

	private static final List<String> READ = List.of("spark:teams_read", "spark:all");

	private static final List<String> WRITE = List.of("spark:teams_write", "spark:all");

	private static final List<String> MEMBERSHIPS_READ = List.of("spark:team_memberships_read", "spark:all");

	private static final List<String> MEMBERSHIPS_WRITE = List.of("spark:team_memberships_write", "spark:all");

	private static final String TEAM_NOT_FOUND = "Could not find a team with provided ID.";

	private static final String NOT_FOUND = "The requested resource could not be found.";

	private final WebexSimulator simulator;

	private final ApiSupport api;

	TeamsController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	@GetMapping("/v1/teams")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, READ, (caller) -> {
			int max = Links.max(request.getParameter("max"), 100);
			List<Map<String, Object>> items = new ArrayList<>();
			for (TeamStore.Team team : this.simulator.teams().of(caller.person().id())) {
				if (items.size() < max) {
					items.add(team(team));
				}
			}
			return new ApiSupport.Page(items, null);
		});
	}

	@PostMapping("/v1/teams")
	ResponseEntity<byte[]> create(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String name = RequestBodies.requiredText(json, "name");
			Instant now = this.simulator.now();
			String id = Ids.encode("TEAM", UUID.randomUUID());
			this.simulator.teams()
				.add(new TeamStore.Team(id, name, RequestBodies.text(json, "description"), caller.person().id(), now,
						"", List.of(new TeamStore.TeamMember(SimMember.of(caller.person()), now, true))));
			SimRoom general = this.simulator.createSharedSpace(caller.person(), name, false, id);
			return team(this.simulator.teams()
				.update(id, (team) -> new TeamStore.Team(team.id(), team.name(), team.description(),
						team.creatorId(), team.created(), general.id(), team.members()))
				.orElseThrow());
		});
	}

	@GetMapping("/v1/teams/{teamId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String teamId) {
		return this.api.call(request, READ, (caller) -> team(visible(caller, teamId)));
	}

	@PutMapping("/v1/teams/{teamId}")
	ResponseEntity<byte[]> update(HttpServletRequest request, @PathVariable String teamId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String name = RequestBodies.requiredText(json, "name");
			String description = RequestBodies.text(json, "description");
			moderated(caller, teamId);
			return team(this.simulator.teams()
				.update(teamId, (team) -> team.named(name, (description != null) ? description : team.description()))
				.orElseThrow(() -> ApiException.notFound(TEAM_NOT_FOUND)));
		});
	}

	/** Deletes a team, by a moderator, and the team's spaces with it. */
	@DeleteMapping("/v1/teams/{teamId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String teamId) {
		return this.api.call(request, WRITE, (caller) -> {
			moderated(caller, teamId);
			for (SimRoom room : this.simulator.sharedRooms(caller.index())) {
				if (teamId.equals(room.teamId())) {
					this.simulator.deleteTeamSpace(caller.person(), room);
				}
			}
			this.simulator.teams().remove(teamId);
			return new ApiSupport.NoContent();
		});
	}

	@GetMapping("/v1/team/memberships")
	ResponseEntity<byte[]> memberships(HttpServletRequest request) {
		return this.api.call(request, MEMBERSHIPS_READ, (caller) -> {
			String teamId = request.getParameter("teamId");
			if (teamId == null || teamId.isBlank()) {
				throw ApiException.badRequest("teamId is required");
			}
			int max = Links.max(request.getParameter("max"), 100);
			String cursor = request.getParameter("cursor");
			int position = (cursor != null)
					? Links.position(cursor).orElseThrow(() -> ApiException.badRequest("The cursor is invalid")) : 0;
			TeamStore.Team team = visible(caller, teamId);
			List<Map<String, Object>> items = new ArrayList<>();
			while (position < team.members().size() && items.size() < max) {
				items.add(membership(team, team.members().get(position++)));
			}
			String next = null;
			if (position < team.members().size()) {
				Map<String, String> query = new LinkedHashMap<>();
				query.put("teamId", teamId);
				query.put("max", Integer.toString(max));
				query.put("cursor", Links.cursor(position));
				next = Links.next(request, query);
			}
			return new ApiSupport.Page(items, next);
		});
	}

	/** Adds a person to a team (moderators only) and to its General space. */
	@PostMapping("/v1/team/memberships")
	ResponseEntity<byte[]> addMember(HttpServletRequest request,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, MEMBERSHIPS_WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			String teamId = RequestBodies.requiredText(json, "teamId");
			String personId = RequestBodies.text(json, "personId");
			String personEmail = RequestBodies.text(json, "personEmail");
			if ((personId == null) == (personEmail == null)) {
				throw ApiException.badRequest("Exactly one of personId or personEmail is required");
			}
			boolean moderator = RequestBodies.flag(json, "isModerator").orElse(false);
			TeamStore.Team team = moderated(caller, teamId);
			SimulatedPerson person = this.simulator.users()
				.get(this.simulator.personIndex((personId != null) ? personId : personEmail));
			if (team.member(person.id()).isPresent()) {
				throw new ApiException(409, person.displayName() + " is already a member of this team");
			}
			TeamStore.TeamMember member = new TeamStore.TeamMember(SimMember.of(person), this.simulator.now(),
					moderator);
			TeamStore.Team changed = this.simulator.teams()
				.update(teamId, (current) -> current.with(member))
				.orElseThrow(() -> ApiException.notFound(TEAM_NOT_FOUND));
			this.simulator.sharedSpaces().get(team.generalRoomId()).ifPresent((general) -> {
				if (general.member(person.id()).isEmpty()) {
					this.simulator.addSharedMember(caller.person(), general.room(caller.person().id()), person);
				}
			});
			return membership(changed, member);
		});
	}

	@GetMapping("/v1/team/memberships/{membershipId}")
	ResponseEntity<byte[]> getMember(HttpServletRequest request, @PathVariable String membershipId) {
		return this.api.call(request, MEMBERSHIPS_READ, (caller) -> {
			Located located = locate(caller, membershipId);
			return membership(located.team(), located.member());
		});
	}

	/** Makes a member a moderator of the team or not (moderators only). */
	@PutMapping("/v1/team/memberships/{membershipId}")
	ResponseEntity<byte[]> updateMember(HttpServletRequest request, @PathVariable String membershipId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, MEMBERSHIPS_WRITE, (caller) -> {
			boolean moderator = RequestBodies.flag(RequestBodies.object(body), "isModerator")
				.orElseThrow(() -> ApiException.badRequest("isModerator is required"));
			Located located = locate(caller, membershipId);
			moderated(caller, located.team().id());
			TeamStore.TeamMember changed = new TeamStore.TeamMember(located.member().person(),
					located.member().joined(), moderator);
			TeamStore.Team team = this.simulator.teams()
				.update(located.team().id(), (current) -> current.with(changed))
				.orElseThrow(() -> ApiException.notFound(TEAM_NOT_FOUND));
			return membership(team, changed);
		});
	}

	/** Removes a member from a team (moderators, or the member leaving) and from the team's spaces. */
	@DeleteMapping("/v1/team/memberships/{membershipId}")
	ResponseEntity<byte[]> removeMember(HttpServletRequest request, @PathVariable String membershipId) {
		return this.api.call(request, MEMBERSHIPS_WRITE, (caller) -> {
			Located located = locate(caller, membershipId);
			String personId = located.member().person().id();
			if (!personId.equals(caller.person().id())) {
				moderated(caller, located.team().id());
			}
			this.simulator.teams().update(located.team().id(), (team) -> team.without(personId));
			SimulatedPerson person = this.simulator.users().get(this.simulator.personIndex(personId));
			for (SimRoom room : this.simulator.sharedRooms(this.simulator.personIndex(personId))) {
				if (located.team().id().equals(room.teamId())) {
					this.simulator.removeSharedMember(person, room, person);
				}
			}
			return new ApiSupport.NoContent();
		});
	}

	private TeamStore.Team visible(ApiSupport.Caller caller, String teamId) {
		return this.simulator.teams()
			.team(teamId)
			.filter((team) -> team.member(caller.person().id()).isPresent())
			.orElseThrow(() -> ApiException.notFound(TEAM_NOT_FOUND));
	}

	private TeamStore.Team moderated(ApiSupport.Caller caller, String teamId) {
		TeamStore.Team team = visible(caller, teamId);
		if (!team.moderates(caller.person().id())) {
			throw new ApiException(403, "Only a moderator of the team can do this");
		}
		return team;
	}

	private Located locate(ApiSupport.Caller caller, String membershipId) {
		String[] parts = Ids.value("TEAM_MEMBERSHIP", membershipId).orElse("").split(":");
		if (parts.length != 2) {
			throw ApiException.notFound(NOT_FOUND);
		}
		String personId;
		String teamId;
		try {
			personId = Ids.encode("PEOPLE", UUID.fromString(parts[0]));
			teamId = Ids.encode("TEAM", UUID.fromString(parts[1]));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.notFound(NOT_FOUND);
		}
		TeamStore.Team team = visible(caller, teamId);
		Optional<TeamStore.TeamMember> member = team.member(personId);
		return new Located(team, member.orElseThrow(() -> ApiException.notFound(NOT_FOUND)));
	}

	static Map<String, Object> team(TeamStore.Team team) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", team.id());
		item.put("name", team.name());
		if (team.description() != null) {
			item.put("description", team.description());
		}
		item.put("created", Json.timestamp(team.created()));
		return item;
	}

	private static Map<String, Object> membership(TeamStore.Team team, TeamStore.TeamMember member) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", Ids.encode("TEAM_MEMBERSHIP", Ids.decode("PEOPLE", member.person().id()).orElseThrow() + ":"
				+ Ids.decode("TEAM", team.id()).orElseThrow()));
		item.put("teamId", team.id());
		item.put("personId", member.person().id());
		item.put("personEmail", member.person().email());
		item.put("personDisplayName", member.person().displayName());
		item.put("personOrgId", SeedData.ORG_ID);
		item.put("isModerator", member.moderator());
		item.put("created", Json.timestamp(member.joined()));
		return item;
	}

	private record Located(TeamStore.Team team, TeamStore.TeamMember member) {
	}

}
