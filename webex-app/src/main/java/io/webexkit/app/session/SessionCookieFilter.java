package io.webexkit.app.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.app.web.StaticResources;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the session cookie once per request, with no server-side read: a cookie that does not open, or whose session
 * is past its idle or absolute lifetime, is deleted; a valid one is handed to the security context (as a request
 * attribute) and rewritten when its last renewal is a minute old, which keeps the idle timeout sliding. Static files
 * and health probes skip all of it.
 */
class SessionCookieFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = SignedInSession.class.getName();

	/** How far the recorded last use may lag behind: a page view within it writes no cookie. */
	static final Duration RENEWAL_GRANULARITY = Duration.ofMinutes(1);

	private final SealedValues sealed;

	private final Cookies cookies;

	private final Clock clock;

	private final Duration idleTimeout;

	private final Duration absoluteTimeout;

	SessionCookieFilter(SealedValues sealed, Cookies cookies, Clock clock, Duration idleTimeout,
			Duration absoluteTimeout) {
		this.sealed = sealed;
		this.cookies = cookies;
		this.clock = clock;
		this.idleTimeout = idleTimeout;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/health") || StaticResources.isStatic(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> values = Cookies.all(request, Cookies.SESSION);
		if (!values.isEmpty()) {
			Instant now = this.clock.instant();
			SignedInSession session = firstAlive(values, now);
			if (session == null) {
				this.cookies.delete(request, response, Cookies.SESSION);
			}
			else {
				request.setAttribute(ATTRIBUTE, session);
				if (session.renewedAt().plus(RENEWAL_GRANULARITY).isBefore(now)) {
					write(request, response, session.renewedAt(now));
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** Writes the session cookie: a browser-session cookie, ended server-side by the timeouts and the stamps. */
	void write(HttpServletRequest request, HttpServletResponse response, SignedInSession session) {
		this.cookies.write(request, response, Cookies.SESSION, this.sealed.seal(session.encode()), null);
	}

	void delete(HttpServletRequest request, HttpServletResponse response) {
		this.cookies.delete(request, response, Cookies.SESSION);
	}

	private @Nullable SignedInSession firstAlive(List<String> values, Instant now) {
		for (String value : values) {
			SignedInSession session = this.sealed.open(value).flatMap(SignedInSession::decode).orElse(null);
			if (session != null && alive(session, now)) {
				return session;
			}
		}
		return null;
	}

	private boolean alive(SignedInSession session, Instant now) {
		return now.isBefore(session.renewedAt().plus(this.idleTimeout))
				&& now.isBefore(session.issuedAt().plus(this.absoluteTimeout));
	}

}
