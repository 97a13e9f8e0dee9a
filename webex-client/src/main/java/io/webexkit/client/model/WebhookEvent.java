package io.webexkit.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One delivery of a webhook: what Webex POSTs to its {@code targetUrl}. It names what happened ({@link #resource()}
 * and {@link #event()}, kept as the raw strings Webex sent so that new values never fail a read) and carries
 * {@link #data()}, which holds ids, not content: a message's text must be fetched with its id. Read one with the
 * client's {@code WebhookEvents.parse}, after checking its signature with {@code WebhookSignature}.
 *
 * @param id the webhook's id
 * @param name the webhook's name
 * @param created when the webhook was created
 * @param actorId the person who caused the event
 * @param data never null: empty when the delivery had none
 */
public record WebhookEvent(@Nullable String id, @Nullable String name, @Nullable String targetUrl,
		@Nullable String resource, @Nullable String event, @Nullable String filter, @Nullable String orgId,
		@Nullable String createdBy, @Nullable String appId, @Nullable String ownedBy, @Nullable WebhookStatus status,
		@Nullable Instant created, @Nullable String actorId, Data data) {

	public WebhookEvent {
		data = (data != null) ? data : Data.EMPTY;
	}

	/**
	 * The {@code data} of a delivery: the union of the fields Webex sends for messages, memberships, rooms and
	 * attachment actions, each null (lists empty) when the resource has no such field. Its {@link #id()} is the id of
	 * the message, membership, room or action the event is about.
	 *
	 * @param roomType of the message's space ({@code messages})
	 * @param type the raw {@code type}: {@code group} or {@code direct} for {@code rooms}, {@code submit} for
	 * {@code attachmentActions}
	 * @param messageId the message whose card was submitted ({@code attachmentActions})
	 * @param mentionedPeople the ids of the people a message mentions ({@code messages})
	 * @param files the URLs of a message's files ({@code messages})
	 * @param personDisplayName of the member ({@code memberships})
	 * @param title of the room ({@code rooms}); often absent
	 * @param creatorId who created the room ({@code rooms})
	 */
	public record Data(@Nullable String id, @Nullable String roomId, @Nullable RoomType roomType,
			@Nullable String type, @Nullable String messageId, @Nullable String personId,
			@Nullable String personEmail, @Nullable String personDisplayName, List<String> mentionedPeople,
			List<String> files, @Nullable Boolean isModerator, @Nullable Boolean isMonitor, @Nullable String title,
			@Nullable Boolean isLocked, @Nullable Instant lastActivity, @Nullable String creatorId,
			@Nullable Instant created) {

		static final Data EMPTY = new Data(null, null, null, null, null, null, null, null, List.of(), List.of(), null,
				null, null, null, null, null, null);

		public Data {
			mentionedPeople = (mentionedPeople != null) ? nonNull(mentionedPeople) : List.of();
			files = (files != null) ? nonNull(files) : List.of();
		}

		/** Webex has no null entries here, but a null would only surprise later. */
		private static List<String> nonNull(List<String> values) {
			return values.stream().filter(Objects::nonNull).toList();
		}

	}

}
