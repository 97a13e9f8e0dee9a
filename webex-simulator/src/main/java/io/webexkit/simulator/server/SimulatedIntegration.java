package io.webexkit.simulator.server;

import java.util.List;
import java.util.Set;

import io.webexkit.simulator.WebexSimulator;

/**
 * The integration the simulated Webex knows, registered as one would on developer.webex.com: its name, the scopes it
 * may ask for and the redirect URIs it may use.
 *
 * @param clientId the integration's client id
 * @param clientSecret its secret; never logged
 * @param redirectUris every redirect URI an authorization request may name; a loopback one without a port accepts
 * any port (see {@link WebexSimulator#registerClient})
 * @param scopes the scopes an authorization request may ask for
 * @param name what the consent page asks the person to allow, as Webex shows the name an integration was registered
 * with
 */
public record SimulatedIntegration(String clientId, String clientSecret, List<String> redirectUris,
		Set<String> scopes, String name) {

	/** The scopes the integration is registered with: what the app asks for by default. */
	public static final Set<String> REGISTERED_SCOPES = Set.of("spark:people_read", "spark:rooms_read",
			"spark:rooms_write", "spark:messages_read", "spark:messages_write", "spark:memberships_read",
			"spark:memberships_write");

	/**
	 * Every scope of Webex's Messaging API and the admin and compliance reads beside it, for
	 * {@code webex.simulator.integration-scopes=all}: an integration any client can try every operation with.
	 */
	public static final Set<String> ALL_SCOPES = Set.of("spark:all", "spark:people_read", "spark:rooms_read",
			"spark:rooms_write", "spark:memberships_read", "spark:memberships_write", "spark:messages_read",
			"spark:messages_write", "spark:teams_read", "spark:teams_write", "spark:team_memberships_read",
			"spark:team_memberships_write", "spark:kms", "spark-admin:people_read", "spark-admin:people_write",
			"spark-admin:licenses_read", "spark-admin:roles_read", "spark-admin:organizations_read",
			"spark-compliance:events_read");

	public SimulatedIntegration {
		redirectUris = List.copyOf(redirectUris);
		scopes = Set.copyOf(scopes);
		if (name.isBlank()) {
			throw new IllegalArgumentException("an integration's name must not be blank");
		}
	}

	/** An integration named by its client id, until {@link #named} gives it a name. */
	public SimulatedIntegration(String clientId, String clientSecret, List<String> redirectUris, Set<String> scopes) {
		this(clientId, clientSecret, redirectUris, scopes, clientId);
	}

	/** An integration with the {@link #REGISTERED_SCOPES}, as this app's is, named by its client id. */
	public SimulatedIntegration(String clientId, String clientSecret, List<String> redirectUris) {
		this(clientId, clientSecret, redirectUris, REGISTERED_SCOPES);
	}

	/** The same integration registered with other scopes. */
	public SimulatedIntegration withScopes(Set<String> scopes) {
		return new SimulatedIntegration(this.clientId, this.clientSecret, this.redirectUris, scopes, this.name);
	}

	/** The same integration under another name. */
	public SimulatedIntegration named(String name) {
		return new SimulatedIntegration(this.clientId, this.clientSecret, this.redirectUris, this.scopes, name);
	}

	public void registerWith(WebexSimulator simulator) {
		simulator.registerClient(this.clientId, this.clientSecret, this.name, this.scopes,
				Set.copyOf(this.redirectUris));
	}

	@Override
	public String toString() {
		return "SimulatedIntegration[clientId=" + this.clientId + ", clientSecret=(hidden), redirectUris="
				+ this.redirectUris + ", scopes=" + this.scopes + ", name=" + this.name + "]";
	}

}
