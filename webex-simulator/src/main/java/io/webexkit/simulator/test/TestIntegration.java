package io.webexkit.simulator.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.webexkit.simulator.server.SimulatedIntegration;

/**
 * What {@link AutoConfigureWebexSimulator} asks for; equal settings mean one cached context (and one simulator).
 *
 * @param scopes every scope the test integration allows
 * @param callbackPath the path of the application's redirect URI
 * @param registrationId the application's OAuth client registration
 * @param integrationName the name the consent page shows; empty: the application's {@code spring.application.name}
 */
record TestIntegration(Set<String> scopes, String callbackPath, String registrationId, String integrationName) {

	TestIntegration {
		scopes = Set.copyOf(scopes);
		if (!callbackPath.startsWith("/") || callbackPath.startsWith("//")) {
			throw new IllegalStateException(
					"@AutoConfigureWebexSimulator(callbackPath) must be a path such as /oauth, got '" + callbackPath + "'");
		}
		if (registrationId.isBlank() || registrationId.contains("/")) {
			throw new IllegalStateException(
					"@AutoConfigureWebexSimulator(registrationId) must be a registration id such as webex, got '"
							+ registrationId + "'");
		}
	}

	static TestIntegration of(AutoConfigureWebexSimulator annotation) {
		Set<String> scopes = new LinkedHashSet<>(SimulatedIntegration.REGISTERED_SCOPES);
		scopes.addAll(List.of(annotation.scopes()));
		return new TestIntegration(scopes, annotation.callbackPath(), annotation.registrationId(),
				annotation.integrationName().trim());
	}

	/** Any port, as the application's own port is unknown until it starts (RFC 8252 section 7.3). */
	String redirectUri() {
		return "http://localhost" + this.callbackPath;
	}

	/** Where the application starts a grant. */
	String grantPath() {
		return "/oauth2/authorization/" + this.registrationId;
	}

}
