package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/** Webex found malware in the file ({@code 410 Gone}): it cannot be downloaded, now or later. */
public class WebexFileInfectedException extends WebexApiException {

	public WebexFileInfectedException(String message, @Nullable String errorMessage, @Nullable String trackingId) {
		super(410, message + " (blocked as infected)", errorMessage, trackingId);
	}

}
