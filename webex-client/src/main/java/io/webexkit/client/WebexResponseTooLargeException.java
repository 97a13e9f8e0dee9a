package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/** A response body exceeded the configured size cap and was not read further. */
public class WebexResponseTooLargeException extends WebexException {

	private final long limit;

	public WebexResponseTooLargeException(String message, @Nullable String trackingId, long limit) {
		super(message + " (limit " + limit + " bytes)", trackingId);
		this.limit = limit;
	}

	/** The cap in bytes. */
	public long limit() {
		return this.limit;
	}

}
