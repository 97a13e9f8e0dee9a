package io.webexkit.spring;

/**
 * The app refuses to start because its configuration would lose data or expose users (for example stored grants no
 * configured key can read, or simulator mode on a production database). Reported by a failure analyzer
 * as a short description and the action that fixes it, without a stack trace.
 */
public class StartupRefusedException extends RuntimeException {

	private final String action;

	/**
	 * @param description what is wrong, naming the environment variable(s) involved
	 * @param action what the operator should do about it
	 */
	public StartupRefusedException(String description, String action) {
		super(description);
		this.action = action;
	}

	public String action() {
		return this.action;
	}

}
