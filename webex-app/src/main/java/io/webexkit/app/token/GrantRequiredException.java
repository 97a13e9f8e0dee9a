package io.webexkit.app.token;

/**
 * The user has no usable grant (never granted, disconnected, revoked at Webex, unreadable, expired, or failing to
 * renew for hours): GRANT again.
 */
public class GrantRequiredException extends RuntimeException {

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
