package io.webexkit.app.token;

import java.util.Set;

/** What a person's stored grant allows, as recorded when Webex issued it; lets pages explain a missing permission. */
public class GrantedScopes {

	private final TokenVault vault;

	private final RefreshCoordinator.RegistrationSource registrations;

	public GrantedScopes(TokenVault vault, RefreshCoordinator.RegistrationSource registrations) {
		this.vault = vault;
		this.registrations = registrations;
	}

	/** The person's granted scopes; empty when there is no grant or Webex did not say. */
	public Scopes of(String personId) {
		return new Scopes(this.vault.scopes(this.registrations.registrationId(), personId)
			.orElse(Set.of()));
	}

	/**
	 * A grant's scopes.
	 *
	 * @param granted as stored
	 */
	public record Scopes(Set<String> granted) {

		public Scopes {
			granted = Set.copyOf(granted);
		}

		/**
		 * Whether {@code scope} was granted. An unknown set (Webex may leave {@code scope} out of a token response)
		 * counts as allowed: Webex's 403 then has the last word.
		 */
		public boolean allows(String scope) {
			return this.granted.isEmpty() || this.granted.contains(scope) || this.granted.contains("spark:all");
		}

	}

}
