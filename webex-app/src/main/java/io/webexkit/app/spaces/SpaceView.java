package io.webexkit.app.spaces;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One space: what it is, a page of its messages, its first members, and the post form. A section whose permission
 * was not granted has no items and says why instead.
 *
 * @param href this page
 * @param title untrusted text (templates escape it), or a placeholder
 * @param titleUnreadable whether the title is a placeholder
 * @param type "Group" or "Direct"
 * @param messages newest first
 * @param messagesUnavailable why messages are not shown, if they are not
 * @param olderHref the next page of older messages, if any
 * @param olderPage whether this is not the newest page
 * @param members the first page of members
 * @param membersUnavailable why members are not shown, if they are not
 * @param moreMembers whether there are more members than shown
 * @param postingUnavailable why the post form is not offered, if it is not
 * @param draft the text to put back in the form after an error
 * @param draftError what is wrong with the draft
 * @param liveHref the stream of new messages this page listens to, when live updates are on for it
 * @param liveOff why new messages need a reload, when live updates are off on this server
 */
public record SpaceView(String href, String title, boolean titleUnreadable, String type, List<MessageRow> messages,
		@Nullable String messagesUnavailable, @Nullable String olderHref, boolean olderPage, List<MemberRow> members,
		@Nullable String membersUnavailable, boolean moreMembers, @Nullable String postingUnavailable, String draft,
		@Nullable String draftError, @Nullable String liveHref, @Nullable String liveOff) {

	public String postHref() {
		return this.href + "/messages";
	}

	/** For {@code aria-invalid}, which needs "true" or "false" spelled out. */
	public String draftInvalid() {
		return Boolean.toString(this.draftError != null);
	}

	/** The members a message may mention (those with a person id). */
	public List<MemberRow> mentionable() {
		return this.members.stream().filter((member) -> !member.personId().isEmpty()).toList();
	}

	public int maxBytes() {
		return SpaceController.MAX_MESSAGE_BYTES;
	}

}
