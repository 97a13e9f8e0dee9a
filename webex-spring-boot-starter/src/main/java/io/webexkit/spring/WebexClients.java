package io.webexkit.spring;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.AccessTokenSupplier;
import io.webexkit.client.WebexClient;
import io.webexkit.spring.refresh.RefreshCoordinator;

/**
 * Hands out Webex clients that act for one person with their stored grant: every call asks the refresh coordinator for
 * a usable token (refreshed first when it is about to expire, one refresh at a time across instances), and a 401 goes
 * through the coordinator's single refresh. A controller method can also simply declare a {@code WebexClient}
 * parameter to get the signed-in user's client.
 */
public class WebexClients {

	private final Supplier<WebexClient> factory;

	private final RefreshCoordinator coordinator;

	private final AtomicReference<@Nullable WebexClient> shared = new AtomicReference<>();

	public WebexClients(Supplier<WebexClient> factory, RefreshCoordinator coordinator) {
		this.factory = factory;
		this.coordinator = coordinator;
	}

	/**
	 * A client acting with the stored grant of {@code personId}, for work the app does on its own (a scheduler, a
	 * webhook): it does not count as the person using the app, so it does not keep an unused grant alive. Calls throw
	 * {@link GrantRequiredException} when the person has no usable grant.
	 */
	public WebexClient forPerson(String personId) {
		return client(personId, false);
	}

	/**
	 * A client acting for the person using the app right now (what a {@code WebexClient} controller parameter gets):
	 * its calls count as a use of the grant.
	 */
	public WebexClient forSignedInUser(String personId) {
		return client(personId, true);
	}

	private WebexClient client(String personId, boolean use) {
		return shared().withTokenSupplier(new AccessTokenSupplier() {

			@Override
			public String accessToken() {
				return use ? WebexClients.this.coordinator.accessToken(personId)
						: WebexClients.this.coordinator.accessTokenInBackground(personId);
			}

			@Override
			public String refreshAfterUnauthorized(String rejectedToken) {
				return WebexClients.this.coordinator.refreshAfterUnauthorized(personId, rejectedToken);
			}

		});
	}

	/** A client with one fixed token (the login's first call, before the grant is stored). */
	public WebexClient withToken(String accessToken) {
		return shared().withTokenSupplier(AccessTokenSupplier.of(accessToken));
	}

	private WebexClient shared() {
		WebexClient client = this.shared.get();
		if (client == null) {
			client = this.factory.get();
			if (!this.shared.compareAndSet(null, client)) {
				client = this.shared.get();
			}
		}
		return client;
	}

}
