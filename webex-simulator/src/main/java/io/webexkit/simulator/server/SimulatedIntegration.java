package io.webexkit.simulator.server;

import java.util.List;
import java.util.Set;

import io.webexkit.simulator.WebexSimulator;

/**
 * The integration the simulated Webex knows, registered as one would on developer.webex.com: this app's name, the
 * scopes it may ask for and the redirect URIs it may use.
 *
 * @param clientId the integration's client id
 * @param clientSecret its secret; never logged
 * @param redirectUris every redirect URI an authorization request may name; a loopback one without a port accepts
 * any port (see {@link WebexSimulator#registerClient})
 * @param scopes the scopes an authorization request may ask for
 */
public record SimulatedIntegration(String clientId, String clientSecret, List<String> redirectUris,
		Set<String> scopes) {

	public static final String APP_NAME = "Webex Integration Kit";

	/** The scopes the integration is registered with: what the app asks for by default. */
	public static final Set<String> REGISTERED_SCOPES = Set.of("spark:people_read", "spark:rooms_read",
			"spark:messages_read", "spark:messages_write", "spark:memberships_read");

	public SimulatedIntegration {
		redirectUris = List.copyOf(redirectUris);
		scopes = Set.copyOf(scopes);
	}

	/** An integration with the {@link #REGISTERED_SCOPES}, as this app's is. */
	public SimulatedIntegration(String clientId, String clientSecret, List<String> redirectUris) {
		this(clientId, clientSecret, redirectUris, REGISTERED_SCOPES);
	}

	public void registerWith(WebexSimulator simulator) {
		simulator.registerClient(this.clientId, this.clientSecret, APP_NAME, this.scopes, Set.copyOf(this.redirectUris));
	}

	@Override
	public String toString() {
		return "SimulatedIntegration[clientId=" + this.clientId + ", clientSecret=(hidden), redirectUris="
				+ this.redirectUris + ", scopes=" + this.scopes + "]";
	}

}
