package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/** The access token was rejected even after a refresh: the user must grant access again. */
public class WebexAuthorizationException extends WebexApiException {

	public WebexAuthorizationException(String message) {
		this(message, null, null);
	}

	public WebexAuthorizationException(String message, @Nullable String errorMessage, @Nullable String trackingId) {
		super(401, message, errorMessage, trackingId);
	}

}
