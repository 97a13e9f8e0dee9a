package io.webexkit.client;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Webex is still scanning the file for malware ({@code 423 Locked}) after the client waited as long as
 * {@code fileScanTimeout} allows: try again after {@link #retryAfter()}.
 */
public class WebexFileScanPendingException extends WebexApiException {

	private final Duration retryAfter;

	public WebexFileScanPendingException(String message, @Nullable String errorMessage, @Nullable String trackingId,
			Duration retryAfter) {
		super(423, message + " (still being scanned; retry after " + retryAfter.toSeconds() + " s)", errorMessage,
				trackingId);
		this.retryAfter = retryAfter;
	}

	/** How long Webex asked to wait before asking again. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
