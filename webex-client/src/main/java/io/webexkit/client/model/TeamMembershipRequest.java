package io.webexkit.client.model;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Someone to add to a team, by person id or e-mail (exactly one), optionally as a moderator. */
public record TeamMembershipRequest(String teamId, @Nullable String personId, @Nullable String personEmail,
		boolean isModerator) {

	public TeamMembershipRequest {
		Arguments.text(teamId, "teamId");
		MembershipRequest.person(personId, personEmail);
	}

	/** Adds the person with this id, not as a moderator. */
	public static TeamMembershipRequest personId(String teamId, String personId) {
		return new TeamMembershipRequest(teamId, Arguments.text(personId, "personId"), null, false);
	}

	/** Adds the person with this e-mail address, not as a moderator. */
	public static TeamMembershipRequest personEmail(String teamId, String personEmail) {
		return new TeamMembershipRequest(teamId, null, Arguments.text(personEmail, "personEmail"), false);
	}

	/** The same request, making the person a moderator of the team. */
	public TeamMembershipRequest asModerator() {
		return new TeamMembershipRequest(this.teamId, this.personId, this.personEmail, true);
	}

	/** The JSON members to send, in a fixed order. */
	public Map<String, Object> fields() {
		return MembershipRequest.fields("teamId", this.teamId, this.personId, this.personEmail, this.isModerator);
	}

}
