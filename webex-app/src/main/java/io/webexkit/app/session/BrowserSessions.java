package io.webexkit.app.session;

import java.time.Clock;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Browser sessions without server-side session state: who is signed in lives in a sealed cookie, the pending grant
 * in another, the CSRF token in a third; logging out ends the person's sessions everywhere through their session
 * stamp. Any instance serves any request, and a restart logs nobody out.
 */
public final class BrowserSessions {

	private final CookieSecurityContextRepository contexts;

	private final CookieAuthorizationRequests pendingGrants;

	private final SessionStamps stamps;

	private final String cookieSecure;

	private final Clock clock;

	BrowserSessions(CookieSecurityContextRepository contexts, CookieAuthorizationRequests pendingGrants,
			SessionStamps stamps, String cookieSecure, Clock clock) {
		this.contexts = contexts;
		this.pendingGrants = pendingGrants;
		this.stamps = stamps;
		this.cookieSecure = cookieSecure;
		this.clock = clock;
	}

	/** Where {@code WebexLogin} keeps the grant being started. */
	public AuthorizationRequestRepository<OAuth2AuthorizationRequest> pendingGrants() {
		return this.pendingGrants;
	}

	/**
	 * The chain's sessions: no {@code HttpSession} is ever created, the security context comes from the session
	 * cookie, CSRF tokens from their own cookie, and logging out ends the person's sessions on every instance.
	 */
	public void applyTo(HttpSecurity http) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setHeaderName("X-CSRF-TOKEN"); // the header scripts sent when the token lived in the session
		csrfTokens.setCookieCustomizer((cookie) -> {
			cookie.httpOnly(true).sameSite("Lax").path("/");
			if (!"auto".equals(this.cookieSecure)) { // auto: Secure exactly when the request is
				cookie.secure(Boolean.parseBoolean(this.cookieSecure));
			}
		});
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(this.contexts))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.logout((logout) -> logout.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null) {
					this.stamps.endSessions(authentication.getName(), this.clock.instant());
				}
			}));
	}

}
