package io.webexkit.spring.login;

import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import io.webexkit.spring.ErrorMessages;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;

/**
 * Lets the error page of a refusal the starter made itself ({@link ErrorMessages}: a failed grant, a malformed
 * callback) through a host chain that requires sign-in everywhere, {@code /error} included. Without it the error
 * dispatch of a failed grant is unauthenticated, so the entry point sends the user back to Webex's consent page,
 * and the grant fails again, forever. Only the error dispatch is let through, and only when the starter's own
 * message is waiting in the request (an attribute no client can set); every other request meets the host's rules.
 */
public final class RefusalErrorPages implements AuthorizationManager<HttpServletRequest> {

	private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

	private final AuthorizationManager<HttpServletRequest> hostRules;

	private RefusalErrorPages(AuthorizationManager<HttpServletRequest> hostRules) {
		this.hostRules = hostRules;
	}

	/** For {@code authorizeHttpRequests}' registry: wraps the host's rules once they are built. */
	public static ObjectPostProcessor<AuthorizationManager<HttpServletRequest>> around() {
		return new ObjectPostProcessor<AuthorizationManager<HttpServletRequest>>() {

			@Override
			@SuppressWarnings("unchecked")
			public <O extends AuthorizationManager<HttpServletRequest>> O postProcess(O rules) {
				// the configurer keeps the result as a plain AuthorizationManager, as it does for Spring's own
				// observation wrapper
				return (O) new RefusalErrorPages(rules);
			}

		};
	}

	@Override
	public @Nullable AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			HttpServletRequest request) {
		if (request.getDispatcherType() == DispatcherType.ERROR && ErrorMessages.of(request).isPresent()) {
			return GRANTED;
		}
		return this.hostRules.authorize(authentication, request);
	}

}
