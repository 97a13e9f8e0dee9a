package io.webexkit.app.system;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's layout needs: whether Webex is simulated (and so where GRANT starts), who is signed in, the CSRF
 * token for forms, and the request id to quote in a support request.
 */
public record PageContext(WebexMode mode, @Nullable String displayName, @Nullable CsrfToken csrf, String requestId) {

	public boolean simulated() {
		return this.mode.simulated();
	}

	/** Where the GRANT button leads: the active registration's authorization request. */
	public String grantPath() {
		return this.mode.grantPath();
	}

	public boolean signedIn() {
		return this.displayName != null;
	}

	public String csrfParameter() {
		return (this.csrf != null) ? this.csrf.getParameterName() : "_csrf";
	}

	/** The token value; reading it is what makes Spring Security create one, so only forms call this. */
	public String csrfToken() {
		return (this.csrf != null) ? this.csrf.getToken() : "";
	}

}
