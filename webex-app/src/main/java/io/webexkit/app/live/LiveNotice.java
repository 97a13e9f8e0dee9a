package io.webexkit.app.live;

/**
 * One new message for one person's view of one space: ids only, never the text, so that nothing a user wrote passes
 * through the database.
 *
 * @param origin the instance that received the webhook
 * @param personId the person whose webhook it was
 * @param roomId the space
 * @param messageId the new message
 */
public record LiveNotice(String origin, String personId, String roomId, String messageId) {

}
