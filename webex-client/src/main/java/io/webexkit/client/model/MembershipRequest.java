package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Someone to add to a space, by person id or e-mail (exactly one), optionally as a moderator. Also the shape of a
 * {@link TeamMembershipRequest}'s fields. {@link MembershipUpdate} changes a membership afterwards.
 */
public record MembershipRequest(String roomId, @Nullable String personId, @Nullable String personEmail,
		boolean isModerator) {

	public MembershipRequest {
		Arguments.text(roomId, "roomId");
		person(personId, personEmail);
	}

	/** Adds the person with this id, not as a moderator. */
	public static MembershipRequest personId(String roomId, String personId) {
		return new MembershipRequest(roomId, Arguments.text(personId, "personId"), null, false);
	}

	/** Adds the person with this e-mail address, not as a moderator. */
	public static MembershipRequest personEmail(String roomId, String personEmail) {
		return new MembershipRequest(roomId, null, Arguments.text(personEmail, "personEmail"), false);
	}

	/** The same request, making the person a moderator. */
	public MembershipRequest asModerator() {
		return new MembershipRequest(this.roomId, this.personId, this.personEmail, true);
	}

	/** The JSON members to send, in a fixed order. */
	public Map<String, Object> fields() {
		return fields("roomId", this.roomId, this.personId, this.personEmail, this.isModerator);
	}

	static void person(@Nullable String personId, @Nullable String personEmail) {
		Arguments.optionalText(personId, "personId");
		Arguments.optionalText(personEmail, "personEmail");
		if ((personId == null) == (personEmail == null)) {
			throw new IllegalArgumentException("Give exactly one of personId and personEmail");
		}
	}

	static Map<String, Object> fields(String containerName, String containerId, @Nullable String personId,
			@Nullable String personEmail, boolean isModerator) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put(containerName, containerId);
		Arguments.putIfSet(fields, "personId", personId);
		Arguments.putIfSet(fields, "personEmail", personEmail);
		fields.put("isModerator", isModerator);
		return Collections.unmodifiableMap(fields);
	}

}
