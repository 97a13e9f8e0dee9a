package io.webexkit.app.connect;

/**
 * An application event: the person disconnected the app from Webex on this instance, and their grant is deleted.
 *
 * @param personId who disconnected
 */
public record Disconnected(String personId) {

}
