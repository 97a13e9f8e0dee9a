package io.webexkit.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The 1:1 messages with one person, by exactly one of {@code personId} and {@code personEmail}, optionally only the
 * replies in one thread ({@code parentId}).
 */
public record DirectMessageQuery(@Nullable String personId, @Nullable String personEmail, @Nullable String parentId) {

	public DirectMessageQuery {
		Arguments.optionalText(personId, "personId");
		Arguments.optionalText(personEmail, "personEmail");
		Arguments.optionalText(parentId, "parentId");
		if ((personId == null) == (personEmail == null)) {
			throw new IllegalArgumentException("A direct listing needs exactly one of personId or personEmail");
		}
		if (personEmail != null && !personEmail.contains("@")) {
			throw new IllegalArgumentException("personEmail must be an e-mail address");
		}
	}

	/** The 1:1 messages with the person of this id. */
	public static DirectMessageQuery personId(String personId) {
		return new DirectMessageQuery(Arguments.text(personId, "personId"), null, null);
	}

	/** The 1:1 messages with the person of this e-mail address. */
	public static DirectMessageQuery personEmail(String personEmail) {
		return new DirectMessageQuery(null, Arguments.text(personEmail, "personEmail"), null);
	}

	/** The same person, only the replies in the thread of message {@code parentId}. */
	public DirectMessageQuery inThread(String parentId) {
		return new DirectMessageQuery(this.personId, this.personEmail, Arguments.text(parentId, "parentId"));
	}

}
