package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/** A URL (such as a next-page link) points outside the configured API, so it was not followed. */
public class WebexForeignLinkException extends WebexException {

	public WebexForeignLinkException(String message, @Nullable String trackingId) {
		super(message, trackingId);
	}

}
