package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/** No usable answer: connection failure, timeout, I/O error or interruption. */
public class WebexTransportException extends WebexException {

	public WebexTransportException(String message, @Nullable String trackingId, @Nullable Throwable cause) {
		super(message, trackingId, cause);
	}

}
