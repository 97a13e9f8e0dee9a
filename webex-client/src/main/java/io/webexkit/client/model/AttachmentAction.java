package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What someone submitted on a card: the {@code inputs} of the card message {@code messageId}. Read one with the id
 * an {@code attachmentActions} webhook delivers; {@code inputs} is never null.
 *
 * @param personId who submitted it
 * @param type {@code submit}, the one type Webex documents, kept as text so a new one never fails a read
 * @param messageId the message that holds the card
 * @param inputs the card's input values by input id, as strings for Webex's own inputs
 */
public record AttachmentAction(String id, @Nullable String personId, @Nullable String roomId, @Nullable String type,
		@Nullable String messageId, FieldMap inputs, @Nullable Instant created) {

	public AttachmentAction {
		inputs = (inputs != null) ? inputs : FieldMap.empty();
	}

}
