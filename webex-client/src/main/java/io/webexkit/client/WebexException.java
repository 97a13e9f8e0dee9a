package io.webexkit.client;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Base of every error the Webex client raises; carries the TrackingID Webex support asks for. */
public class WebexException extends RuntimeException {

	private final @Nullable String trackingId;

	public WebexException(String message, @Nullable String trackingId) {
		this(message, trackingId, null);
	}

	public WebexException(String message, @Nullable String trackingId, @Nullable Throwable cause) {
		super((trackingId != null) ? message + " [TrackingID " + trackingId + "]" : message, cause);
		this.trackingId = trackingId;
	}

	/** The TrackingID of the response, or of the request when no response said otherwise. */
	public Optional<String> trackingId() {
		return Optional.ofNullable(this.trackingId);
	}

}
