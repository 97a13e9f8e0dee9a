package io.webexkit.spring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.webexkit.spring.refresh.RefreshCoordinator;
import io.webexkit.spring.vault.GrantIndex;
import io.webexkit.spring.vault.TokenVault;

/**
 * The people who granted this app access to Webex, as the vault knows them: whether a person's grant is usable (and
 * why not), what it allows, who is connected, and Disconnect. Tokens never leave the vault through here.
 */
public class WebexGrants {

	private final TokenVault vault;

	private final GrantIndex index;

	private final RefreshCoordinator coordinator;

	private final Consumer<String> disconnecting;

	public WebexGrants(TokenVault vault, GrantIndex index, RefreshCoordinator coordinator) {
		this(vault, index, coordinator, (personId) -> {
		});
	}

	/**
	 * @param disconnecting called with the person's id before their grant is deleted on Disconnect, while it still
	 * works (the webhooks registered for them are deleted at Webex then); it must not throw
	 */
	public WebexGrants(TokenVault vault, GrantIndex index, RefreshCoordinator coordinator,
			Consumer<String> disconnecting) {
		this.vault = vault;
		this.index = index;
		this.coordinator = coordinator;
		this.disconnecting = disconnecting;
	}

	/**
	 * Why the person must GRANT again before the app can act for them, or empty when their grant is usable (or only
	 * waiting for a refresh the next use will do).
	 */
	public Optional<GrantRequiredException.Reason> grantRequired(String personId) {
		return this.coordinator.grantRequired(personId);
	}

	/** Whether the app can act for the person now. */
	public boolean connected(String personId) {
		return grantRequired(personId).isEmpty();
	}

	/** The person's granted scopes; empty when there is no grant or Webex did not say. */
	public Scopes scopes(String personId) {
		return new Scopes(this.vault.scopes(this.coordinator.registrationId(), personId).orElse(Set.of()));
	}

	/**
	 * The ids of the people with a stored grant this instance can read, in id order: whom background work (a
	 * scheduler, webhooks) can act for with {@link WebexClients#forPerson}.
	 */
	public List<String> connectedPeople() {
		return this.index.readablePeople(this.coordinator.registrationId());
	}

	/**
	 * Deletes the person's grant (Disconnect). Webex has no revocation endpoint for integrations: the person can also
	 * remove the app in their Webex account settings. The webhooks registered for the person are deleted first, at
	 * Webex while the grant still allows it.
	 * @return whether there was a grant to delete
	 */
	public boolean disconnect(String personId) {
		this.disconnecting.accept(personId);
		return this.vault.delete(this.coordinator.registrationId(), personId, "disconnected");
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
