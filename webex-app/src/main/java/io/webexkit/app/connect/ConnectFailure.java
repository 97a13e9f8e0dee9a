package io.webexkit.app.connect;

import org.jspecify.annotations.Nullable;

/**
 * What a failed grant looks like to the user.
 *
 * @param reason one of {@link ConnectFailureHandler#KNOWN_REASONS} or {@code unknown}
 * @param title the page heading
 * @param explanation what happened and what to do, in plain words
 * @param webexDescription Webex's own {@code error_description}, if it sent one (untrusted text)
 * @param status the HTTP status of the page
 */
public record ConnectFailure(String reason, String title, String explanation, @Nullable String webexDescription,
		int status) {

	static ConnectFailure of(String reason, @Nullable String webexDescription) {
		return switch (reason) {
			case "access_denied" -> new ConnectFailure(reason, "Access was not granted",
					"You declined on Webex's consent page, so this app cannot see your spaces. "
							+ "You can grant access whenever you like.",
					webexDescription, 403);
			case "invalid_scope" -> new ConnectFailure(reason, "Webex refused the requested permissions",
					"This app asked for permissions its Webex integration is not registered for. "
							+ "The operator must align WEBEX_SCOPES with the integration's scopes.",
					webexDescription, 400);
			case "server_error", "temporarily_unavailable" -> new ConnectFailure(reason, "Webex is having trouble",
					"Webex could not complete the request just now. Please try again in a moment.", webexDescription,
					503);
			case "authorization_request_not_found", "invalid_state_parameter", "invalid_request" ->
				new ConnectFailure(reason, "This sign-in link is not valid here",
						"It was already used, has expired, or was not started from this browser, so it was ignored "
								+ "and nothing was connected. Start again with GRANT.",
						null, 400);
			case "invalid_token_response", "invalid_grant", "invalid_client", "people_me_failed" ->
				new ConnectFailure(reason, "Webex did not complete the grant",
						"Webex answered in a way this app could not use, so nothing was stored. Please try again; "
								+ "if it keeps happening, the operator should check the integration's settings.",
						null, 502);
			default -> new ConnectFailure("unknown", "Connecting to Webex did not work",
					"Nothing was connected. Please try again.", webexDescription, 400);
		};
	}

}
