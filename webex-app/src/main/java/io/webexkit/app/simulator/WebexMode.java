package io.webexkit.app.simulator;

/**
 * Whether the app talks to real (or Webex-compatible) Webex or serves a simulated one; decided once, at start-up, by
 * {@link WebexModeDecision}. Each mode keeps its grants under its own registration id, so switching modes on the same
 * database never reads, refreshes or deletes the other mode's grants.
 */
public enum WebexMode {

	/** Webex at the configured endpoints, with the integration's credentials. */
	REAL("webex"),

	/** A simulated Webex served by this app: anyone can sign in as a simulated person. */
	SIMULATED("webex-simulator");

	/** Where Spring Security starts a grant: {@code /oauth2/authorization/{registrationId}}. */
	public static final String AUTHORIZATION_BASE = "/oauth2/authorization";

	private final String registrationId;

	WebexMode(String registrationId) {
		this.registrationId = registrationId;
	}

	public boolean simulated() {
		return this == SIMULATED;
	}

	/** The OAuth client registration (and the grants' {@code registration_id}) of this mode. */
	public String registrationId() {
		return this.registrationId;
	}

	/** The link that starts a grant (the GRANT button). */
	public String grantPath() {
		return AUTHORIZATION_BASE + "/" + this.registrationId;
	}

}
