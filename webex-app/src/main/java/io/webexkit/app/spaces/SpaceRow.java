package io.webexkit.app.spaces;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomType;

/**
 * A space as the list shows it. The title is untrusted text (templates escape it).
 *
 * @param id the Webex room id
 * @param href this app's page of the space
 * @param title the title, or a placeholder when Webex could not decrypt it
 * @param titleUnreadable whether the title is a placeholder
 * @param type "Group" or "Direct"
 * @param lastActivity relative ("3 hours ago")
 * @param lastActivityExact ISO-8601 UTC, for the hover text and the {@code datetime} attribute
 */
public record SpaceRow(String id, String href, String title, boolean titleUnreadable, String type, String lastActivity,
		@Nullable String lastActivityExact) {

	static SpaceRow of(Room room, Instant now) {
		Instant last = (room.lastActivity() != null) ? room.lastActivity() : room.created();
		return new SpaceRow(room.id(), SpaceIds.href(room.id()), room.displayTitle(), room.titleUnreadable(),
				(room.type() == RoomType.DIRECT) ? "Direct" : "Group",
				(last != null) ? RelativeTime.between(last, now) : "never",
				(last != null) ? last.toString() : null);
	}

}
