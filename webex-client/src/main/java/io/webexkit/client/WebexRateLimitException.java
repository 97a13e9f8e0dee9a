package io.webexkit.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** Webex is rate limiting (429, or 423 with Retry-After) longer than the policy allows to wait. */
public class WebexRateLimitException extends WebexApiException {

	private final Duration retryAfter;

	public WebexRateLimitException(int status, String message, @Nullable String errorMessage,
			@Nullable String trackingId, Duration retryAfter) {
		super(status, message + " (retry after " + retryAfter.toSeconds() + " s)", errorMessage, trackingId);
		this.retryAfter = retryAfter;
	}

	/** How long to wait before calling Webex again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
