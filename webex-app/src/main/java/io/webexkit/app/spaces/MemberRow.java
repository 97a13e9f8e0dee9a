package io.webexkit.app.spaces;

import io.webexkit.client.model.Membership;

/**
 * A member of a space.
 *
 * @param name the display name, else the e-mail
 * @param email the e-mail, or empty
 * @param moderator whether they moderate the space
 * @param personId their person id (for a mention), or empty
 */
public record MemberRow(String name, String email, boolean moderator, String personId) {

	static MemberRow of(Membership membership) {
		String email = (membership.personEmail() != null) ? membership.personEmail() : "";
		String name = (membership.personDisplayName() != null) ? membership.personDisplayName() : email;
		return new MemberRow(name.isEmpty() ? "Unknown person" : name, email, membership.isModerator(),
				(membership.personId() != null) ? membership.personId() : "");
	}

}
