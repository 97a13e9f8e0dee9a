package io.webexkit.client;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Webex answered 403, usually because the grant lacks a scope; refreshing would not help. */
public class WebexForbiddenException extends WebexApiException {

	private final @Nullable String missingScope;

	public WebexForbiddenException(String message, @Nullable String errorMessage, @Nullable String trackingId,
			@Nullable String missingScope) {
		super(403, (missingScope != null) ? message + " (needs scope " + missingScope + ")" : message, errorMessage,
				trackingId);
		this.missingScope = missingScope;
	}

	/** The scope the endpoint needs, when known. */
	public Optional<String> missingScope() {
		return Optional.ofNullable(this.missingScope);
	}

}
