package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/** Webex answered 404: the resource does not exist or is not visible to this user. */
public class WebexNotFoundException extends WebexApiException {

	public WebexNotFoundException(String message, @Nullable String errorMessage, @Nullable String trackingId) {
		super(404, message, errorMessage, trackingId);
	}

}
