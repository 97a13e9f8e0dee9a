package io.webexkit.spring;

import org.springframework.security.core.AuthenticationException;

/**
 * The user has no usable grant (never granted, disconnected, revoked at Webex, unreadable, expired, or failing to
 * renew for hours): GRANT again. It is an {@link AuthenticationException}, so when a host does not handle it itself,
 * Spring Security's exception translation sends the user through GRANT and back to the page they were on.
 */
public class GrantRequiredException extends AuthenticationException {

	private final Reason reason;

	public GrantRequiredException(Reason reason) {
		super(reason.description());
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Why the grant is unusable, in words a user can act on. */
	public enum Reason {

		NONE("You have not granted this app access to Webex yet."),

		REVOKED("Webex no longer accepts this app's access: it was revoked or has expired."),

		REJECTED("Webex rejected the stored access twice in a row."),

		UNREADABLE("The access stored for you could not be read back safely, so it is not used."),

		EXPIRED("This app's access to Webex has expired and Webex gave no way to renew it."),

		STALLED("Webex has not renewed this app's access for several hours.");

		private final String description;

		Reason(String description) {
			this.description = description;
		}

		public String description() {
			return this.description;
		}

	}

}
