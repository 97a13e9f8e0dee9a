package io.webexkit.app.system;

/** Response header values shared by the app's and the simulator's filter chains. */
public final class SecurityHeaders {

	/** Everything from this origin only; no inline script or style, no framing, no plugins, no base tag. */
	public static final String CSP = "default-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self' http: https:";

	private SecurityHeaders() {
	}

}
