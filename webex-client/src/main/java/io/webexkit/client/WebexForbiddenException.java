package io.webexkit.client;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Webex answered 403; refreshing would not help. A missing scope is one cause, but not the only one (a missing role or
 * licence, a space the user cannot act in), so Webex's own {@link #errorMessage()} says which.
 */
public class WebexForbiddenException extends WebexApiException {

	private final @Nullable String requiredScope;

	/**
	 * @param requiredScope the scope the endpoint needs according to Webex's documentation, if known
	 */
	public WebexForbiddenException(String message, @Nullable String errorMessage, @Nullable String trackingId,
			@Nullable String requiredScope) {
		super(403, (requiredScope != null) ? message + " (the endpoint needs scope " + requiredScope + ")" : message,
				errorMessage, trackingId);
		this.requiredScope = requiredScope;
	}

	/**
	 * The scope the endpoint needs according to Webex's documentation, when known. It is not necessarily missing from
	 * the grant: compare it with the granted scopes before saying so.
	 */
	public Optional<String> requiredScope() {
		return Optional.ofNullable(this.requiredScope);
	}

}
