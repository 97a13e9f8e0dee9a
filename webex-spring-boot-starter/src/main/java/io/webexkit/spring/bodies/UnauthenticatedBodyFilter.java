package io.webexkit.spring.bodies;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.bodies.BodyGuard.Body;
import io.webexkit.spring.bodies.BodyGuard.Refusal;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In a security chain, as soon as the signed-in user is known: the body of a request from nobody signed in is read
 * here, by the {@link BodyGuard} (a turn, the deadline, the size limit), before anything later in the chain reads it
 * (the CSRF token's parameter, a login form, the host's own filters); the rest of the request reads that copy.
 * Refused, the connection closing unread: 503 with {@code Retry-After} when every turn is taken, 408 past the deadline,
 * 413 when larger than allowed. A multipart body is not copied (the container parses its parts itself): the container
 * reads it with a turn held for the rest of the request, so such bodies are bounded in number, not in time.
 */
final class UnauthenticatedBodyFilter extends OncePerRequestFilter {

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final BodyGuard guard;

	private final SecurityContextHolderStrategy contexts;

	private final ThrottledLog log = new ThrottledLog(LoggerFactory.getLogger(UnauthenticatedBodyFilter.class),
			Clock.systemUTC());

	UnauthenticatedBodyFilter(BodyGuard guard, SecurityContextHolderStrategy contexts) {
		this.guard = guard;
		this.contexts = contexts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
		return !body || TRUST.isAuthenticated(this.contexts.getContext().getAuthentication());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (BufferedBodyRequest.isMultipart(request)) {
			if (!this.guard.enter()) {
				refuse(request, response, Refusal.BUSY);
				return;
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.guard.leave();
			}
			return;
		}
		Body body = this.guard.read(request);
		if (body.refusal() != null) {
			refuse(request, response, body.refusal());
			return;
		}
		chain.doFilter(new BufferedBodyRequest(request, body.bytes()), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
			throws IOException {
		this.log.info(refusal.reason(), "Request body refused with {} ({}) from nobody signed in",
				refusal.status(), refusal.reason());
		this.guard.answer(request, response, refusal);
	}

}
