package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The new state of a space membership, sent with {@code PUT}: Webex needs both fields, so {@link #of(Membership)}
 * starts from the membership as it is.
 *
 * @param isRoomHidden hides a direct space in the member's Webex app until its next message
 */
public record MembershipUpdate(boolean isModerator, boolean isRoomHidden) {

	/** The membership's current state, to change with {@link #withModerator} or {@link #withRoomHidden}. */
	public static MembershipUpdate of(Membership membership) {
		Arguments.notNull(membership, "membership");
		return new MembershipUpdate(membership.isModerator(), membership.isRoomHidden());
	}

	public MembershipUpdate withModerator(boolean isModerator) {
		return new MembershipUpdate(isModerator, this.isRoomHidden);
	}

	public MembershipUpdate withRoomHidden(boolean isRoomHidden) {
		return new MembershipUpdate(this.isModerator, isRoomHidden);
	}

	/** The JSON members to send, in a fixed order. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("isModerator", this.isModerator);
		fields.put("isRoomHidden", this.isRoomHidden);
		return Collections.unmodifiableMap(fields);
	}

}
