package io.webexkit.app.errors;

import org.jspecify.annotations.Nullable;

/**
 * An error page's content.
 *
 * @param status the HTTP status
 * @param title the heading
 * @param message what happened and what to do
 * @param retryAfterSeconds when set, the page says when to try again
 * @param offerGrant whether the page offers GRANT
 */
public record ErrorView(int status, String title, String message, @Nullable Long retryAfterSeconds,
		boolean offerGrant) {

	static ErrorView of(int status, @Nullable String message) {
		return switch (status) {
			case 400 -> new ErrorView(status, "Bad request", orElse(message, "The request was not understood."), null,
					false);
			case 403 -> new ErrorView(status, "Not allowed",
					orElse(message, "This request was refused. If you submitted a form, reload the page and try again."),
					null, false);
			case 404 -> new ErrorView(status, "Page not found",
					orElse(message, "There is nothing at this address."), null, false);
			case 405 -> new ErrorView(status, "Method not allowed",
					orElse(message, "This address does not accept that kind of request."), null, false);
			case 413, 414, 431 -> new ErrorView(status, "Request too large",
					orElse(message, "The request was larger than this app accepts."), null, false);
			case 503 -> new ErrorView(status, "Temporarily unavailable",
					orElse(message, "The service cannot answer just now. Please try again in a moment."), null, false);
			default -> (status >= 500)
					? new ErrorView(status, "Something went wrong",
							orElse(message, "The app could not complete the request. Please try again."), null, false)
					: new ErrorView(status, "Request not completed",
							orElse(message, "The request could not be completed."), null, false);
		};
	}

	private static String orElse(@Nullable String message, String fallback) {
		return (message != null) ? message : fallback;
	}

}
