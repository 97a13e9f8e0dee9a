package io.webexkit.client.model;

import org.jspecify.annotations.Nullable;

/**
 * How to join a space's Webex meeting. Webex has deprecated this API in favour of scheduled meetings.
 *
 * @param meetingLink the meeting's URL
 * @param callInTollFreeNumber the toll-free dial-in number
 * @param callInTollNumber the local dial-in number
 */
public record RoomMeetingInfo(@Nullable String roomId, @Nullable String meetingLink, @Nullable String sipAddress,
		@Nullable String meetingNumber, @Nullable String meetingId, @Nullable String callInTollFreeNumber,
		@Nullable String callInTollNumber) {
}
