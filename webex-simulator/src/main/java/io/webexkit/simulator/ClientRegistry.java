package io.webexkit.simulator;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Registered integrations; secrets are kept only as SHA-256 hashes. */
final class ClientRegistry {

	private final Map<String, RegisteredClient> clients = new ConcurrentHashMap<>();

	void register(String clientId, String clientSecret, String appName, Set<String> allowedScopes,
			Set<String> redirectUris) {
		Objects.requireNonNull(clientId, "clientId");
		Objects.requireNonNull(clientSecret, "clientSecret");
		if (clientId.isBlank() || clientSecret.isEmpty()) {
			throw new IllegalArgumentException("clientId and clientSecret must not be blank");
		}
		this.clients.put(clientId, new RegisteredClient(clientId, Secrets.sha256(clientSecret),
				Objects.requireNonNull(appName, "appName"), Set.copyOf(allowedScopes), Set.copyOf(redirectUris)));
	}

	Optional<RegisteredClient> find(String clientId) {
		return Optional.ofNullable(this.clients.get(clientId));
	}

	Optional<RegisteredClient> authenticate(String clientId, String secret) {
		return find(clientId).filter((client) -> Secrets.sameSecret(secret, client.secretHash()));
	}

	/** An integration as registered; {@link #toString()} leaves the secret hash out. */
	record RegisteredClient(String clientId, byte[] secretHash, String appName, Set<String> allowedScopes,
			Set<String> redirectUris) {

		boolean acceptsRedirectUri(String redirectUri) {
			return this.redirectUris.isEmpty() || this.redirectUris.contains(redirectUri) || this.redirectUris.stream()
				.anyMatch((registered) -> LoopbackRedirects.anyPortMatches(registered, redirectUri));
		}

		@Override
		public String toString() {
			return "RegisteredClient[clientId=" + this.clientId + ", appName=" + this.appName + ", allowedScopes="
					+ this.allowedScopes + ", redirectUris=" + this.redirectUris + "]";
		}

	}

}
