package io.webexkit.app.token;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.AccessTokenSupplier;
import io.webexkit.client.WebexClient;

/**
 * Hands out Webex clients that act for one person: every call asks the refresh coordinator for a usable token, and a
 * 401 goes through the coordinator's single refresh.
 */
public class WebexClients {

	private final Supplier<WebexClient> factory;

	private final RefreshCoordinator coordinator;

	private final AtomicReference<@Nullable WebexClient> shared = new AtomicReference<>();

	public WebexClients(Supplier<WebexClient> factory, RefreshCoordinator coordinator) {
		this.factory = factory;
		this.coordinator = coordinator;
	}

	/** A client acting with the stored grant of {@code personId}. */
	public WebexClient forPerson(String personId) {
		return shared().withTokenSupplier(new AccessTokenSupplier() {

			@Override
			public String accessToken() {
				return WebexClients.this.coordinator.accessToken(personId);
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
