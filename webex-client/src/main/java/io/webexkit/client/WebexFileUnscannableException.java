package io.webexkit.client;

import org.jspecify.annotations.Nullable;

/**
 * Webex could not scan the file ({@code 428}, an encrypted archive for instance): it is downloaded only when the
 * caller accepts the risk, through {@link Contents#allowingUnscannable()}.
 */
public class WebexFileUnscannableException extends WebexApiException {

	public WebexFileUnscannableException(String message, @Nullable String errorMessage, @Nullable String trackingId) {
		super(428, message + " (could not be scanned for malware)", errorMessage, trackingId);
	}

}
