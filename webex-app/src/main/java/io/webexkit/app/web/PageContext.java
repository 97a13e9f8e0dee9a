package io.webexkit.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.webexkit.app.simulator.WebexMode;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page's layout needs: whether Webex is simulated (and so where GRANT starts), who is signed in, the CSRF
 * token for forms, and the request id to quote in a support request.
 */
public record PageContext(WebexMode mode, @Nullable String displayName, @Nullable CsrfToken csrf, String requestId) {

	/** The page context of the current request (also used by the error pages, which run outside the advice). */
	public static PageContext of(HttpServletRequest request, WebexMode mode) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String name = null;
		if (authentication != null && authentication.getPrincipal() instanceof OAuth2User user) {
			Object displayName = user.getAttributes().get("displayName");
			name = (displayName != null) ? displayName.toString() : user.getName();
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new PageContext(mode, name, csrf, RequestIdFilter.requestId(request));
	}

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
