package io.webexkit.client.model;

/**
 * A content attachment of a message: for Webex, an Adaptive Card ({@link #ADAPTIVE_CARD}) whose JSON is
 * {@code content}. {@code io.webexkit.client.card.AdaptiveCard} builds one that Webex accepts.
 *
 * @param contentType {@link #ADAPTIVE_CARD} for a card, the one kind Webex takes
 * @param content the card itself ({@code {"type": "AdaptiveCard", "version": ..., "body": [...]}}), never null
 */
public record Attachment(String contentType, FieldMap content) {

	/** The content type of an Adaptive Card attachment. */
	public static final String ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";

	public Attachment {
		Arguments.text(contentType, "contentType");
		content = (content != null) ? content : FieldMap.empty();
	}

	/** Whether this is an Adaptive Card. */
	public boolean isAdaptiveCard() {
		return ADAPTIVE_CARD.equals(this.contentType);
	}

}
