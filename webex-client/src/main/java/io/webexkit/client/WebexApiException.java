package io.webexkit.client;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Webex answered with an error status. */
public class WebexApiException extends WebexException {

	private final int status;

	private final @Nullable String errorMessage;

	public WebexApiException(int status, String message, @Nullable String errorMessage, @Nullable String trackingId) {
		super(message, trackingId);
		this.status = status;
		this.errorMessage = errorMessage;
	}

	/** The HTTP status code. */
	public int status() {
		return this.status;
	}

	/** What Webex said, from the body's {@code message} or {@code errors[].description}, shortened. */
	public Optional<String> errorMessage() {
		return Optional.ofNullable(this.errorMessage);
	}

}
