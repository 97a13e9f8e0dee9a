package io.webexkit.app.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends sessions older than the absolute timeout, however active they are: a stolen session cookie stops working
 * after at most that long. The idle timeout is the session store's own.
 */
class SessionAbsoluteTimeoutFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionAbsoluteTimeoutFilter.class);

	private final Duration absoluteTimeout;

	private final Clock clock;

	SessionAbsoluteTimeoutFilter(Duration absoluteTimeout, Clock clock) {
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && expired(session)) {
			log.info("Session ended: older than the absolute session timeout of {}", this.absoluteTimeout);
			try {
				session.invalidate();
			}
			catch (IllegalStateException ex) {
				// already invalidated by a concurrent request
			}
		}
		chain.doFilter(request, response);
	}

	private boolean expired(HttpSession session) {
		try {
			return this.clock.millis() - session.getCreationTime() > this.absoluteTimeout.toMillis();
		}
		catch (IllegalStateException ex) {
			return false; // invalidated meanwhile
		}
	}

}
