package io.webexkit.app.profile;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.model.Person;

/**
 * The connected Webex person. All text is untrusted (templates escape it).
 *
 * @param displayName the name, or the id when Webex has none
 * @param emails the e-mail addresses
 * @param avatarUrl an http(s) image URL, or {@code null}
 * @param orgId the organization id, or empty
 * @param type person, bot or appuser, or empty
 */
public record ProfileView(String displayName, List<String> emails, @Nullable String avatarUrl, String orgId,
		String type) {

	static ProfileView of(Person person) {
		String avatar = person.avatar();
		boolean web = avatar != null && (avatar.startsWith("https://") || avatar.startsWith("http://"));
		return new ProfileView((person.displayName() != null) ? person.displayName() : person.id(), person.emails(),
				web ? avatar : null, (person.orgId() != null) ? person.orgId() : "",
				(person.type() != null) ? person.type().value() : "");
	}

}
