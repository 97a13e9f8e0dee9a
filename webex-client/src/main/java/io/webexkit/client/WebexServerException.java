package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/** Webex or a gateway in front of it answered 5xx. */
public class WebexServerException extends WebexApiException {

	public WebexServerException(int status, String message, @Nullable String errorMessage,
			@Nullable String trackingId) {
		super(status, message, errorMessage, trackingId);
	}

}
