package io.webexkit.simulator;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * The filters of Webex's message lists besides paging: {@code parentId} keeps one thread's replies and
 * {@code mentionedPeople} the messages that mention the caller. Webex takes only {@code me} or the caller's own id
 * there (a list of other people's mentions is refused), and several ids only as a comma-separated list of those.
 */
record MessageFilter(@Nullable String parentId, @Nullable String mentionedPeople, @Nullable String callerId) {

	static MessageFilter of(HttpServletRequest request, ApiSupport.Caller caller) {
		String parentId = blankToNull(request.getParameter("parentId"));
		String mentioned = blankToNull(request.getParameter("mentionedPeople"));
		if (mentioned != null) {
			for (String who : mentioned.split(",")) {
				String trimmed = who.trim();
				if (!trimmed.equals("me") && !trimmed.equals(caller.person().id())) {
					throw ApiException.badRequest("mentionedPeople accepts only me or the caller's own person id");
				}
			}
		}
		return new MessageFilter(parentId, mentioned, caller.person().id());
	}

	boolean test(SimMessage message) {
		if (this.parentId != null && !this.parentId.equals(message.parentId())) {
			return false;
		}
		return this.mentionedPeople == null || (this.callerId != null && message.mentions(this.callerId));
	}

	/** Adds the filters to a next link's query; {@code linkDefects} drops {@code mentionedPeople}, as Webex has. */
	void query(Map<String, String> query, boolean linkDefects) {
		if (this.parentId != null) {
			query.put("parentId", this.parentId);
		}
		if (this.mentionedPeople != null && !linkDefects) {
			query.put("mentionedPeople", this.mentionedPeople);
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
