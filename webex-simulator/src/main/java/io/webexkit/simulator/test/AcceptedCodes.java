package io.webexkit.simulator.test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * The authorization codes the application under test accepted: Spring Security reports each completed sign-in as an
 * {@code AuthenticationSuccessEvent} carrying the code it redeemed. A redirect alone proves nothing (a failed sign-in
 * redirects too), and the code is what ties a sign-in to the test that started it.
 */
final class AcceptedCodes {

	private static final String[] SECURITY_CLASSES = {
			"org.springframework.security.authentication.event.AuthenticationSuccessEvent",
			"org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken" };

	private final Set<String> codes = ConcurrentHashMap.newKeySet();

	private final boolean observing;

	private AcceptedCodes(boolean observing) {
		this.observing = observing;
	}

	/** Listens to {@code context}'s sign-ins, when Spring Security's OAuth2 client is there to report them. */
	static AcceptedCodes observe(ConfigurableApplicationContext context) {
		ClassLoader classLoader = context.getClassLoader();
		for (String name : SECURITY_CLASSES) {
			if (!ClassUtils.isPresent(name, classLoader)) {
				return new AcceptedCodes(false);
			}
		}
		AcceptedCodes codes = new AcceptedCodes(true);
		// loaded only now: it refers to Spring Security's classes
		context.addApplicationListener(new SignInListener(codes.codes::add));
		return codes;
	}

	/**
	 * @throws IllegalStateException when sign-ins cannot be recognised, as the application does not use Spring
	 * Security's OAuth2 client
	 */
	void requireObserving() {
		if (!this.observing) {
			throw new IllegalStateException("Signing in needs an application that signs in with Spring Security's "
					+ "OAuth2 client (spring-security-oauth2-client), which is not on the classpath");
		}
	}

	/** Whether the application accepted {@code code}; each code is answered once. */
	boolean take(String code) {
		return this.codes.remove(code);
	}

}
