package io.webexkit.app.session;

import java.time.Clock;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
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

	private final Clock clock;

	BrowserSessions(CookieSecurityContextRepository contexts, CookieAuthorizationRequests pendingGrants,
			SessionStamps stamps, Clock clock) {
		this.contexts = contexts;
		this.pendingGrants = pendingGrants;
		this.stamps = stamps;
		this.clock = clock;
	}

	/** Where {@code WebexLogin} keeps the grant being started. */
	public AuthorizationRequestRepository<OAuth2AuthorizationRequest> pendingGrants() {
		return this.pendingGrants;
	}

	/**
	 * The chain's sessions: no {@code HttpSession} is ever created, the security context comes from the session
	 * cookie, CSRF tokens are the session's own, and logging out ends the person's sessions on every instance.
	 */
	public void applyTo(HttpSecurity http) throws Exception {
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(this.contexts))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.csrfTokenRepository(new SessionCsrfTokens()))
			.logout((logout) -> logout.addLogoutHandler((request, response, authentication) -> {
				if (authentication != null) {
					this.stamps.endSessions(authentication.getName(), this.clock.instant());
				}
			}));
	}

}
