package io.webexkit.app.connect;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import io.webexkit.app.system.WebexCredentials;
import io.webexkit.app.system.WebexEndpoints;
import io.webexkit.app.system.WebexProperties;
import io.webexkit.app.token.RefreshCoordinator;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The one client registration of the active mode ({@code webex}, or {@code webex-simulator} in simulator mode, see
 * {@link io.webexkit.app.system.WebexMode}), built in code (not from {@code spring.security.oauth2.client.*}) so that
 * PKCE is explicit, simulator mode needs no client id, and the simulator's address can be resolved once the server
 * has its port. The other mode's id is unknown here: its grants are never read, refreshed or deleted.
 */
@Component
class WebexRegistrations implements ClientRegistrationRepository, RefreshCoordinator.RegistrationSource {

	private final WebexProperties properties;

	private final WebexEndpoints endpoints;

	private final WebexCredentials credentials;

	private final AtomicReference<@Nullable ClientRegistration> registration = new AtomicReference<>();

	WebexRegistrations(WebexProperties properties, WebexEndpoints endpoints, WebexCredentials credentials) {
		this.properties = properties;
		this.endpoints = endpoints;
		this.credentials = credentials;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		return registrationId().equals(registrationId) ? registration() : null;
	}

	@Override
	public ClientRegistration registration() {
		ClientRegistration current = this.registration.get();
		if (current == null) {
			current = build();
			this.registration.compareAndSet(null, current);
		}
		return current;
	}

	/** {@code webex} against real Webex, {@code webex-simulator} in simulator mode: see {@code WebexMode}. */
	@Override
	public String registrationId() {
		return this.endpoints.mode().registrationId();
	}

	private ClientRegistration build() {
		return ClientRegistration.withRegistrationId(registrationId())
			.clientName(this.endpoints.simulated() ? "Simulated Webex" : "Webex")
			.clientId(this.credentials.clientId())
			.clientSecret(this.credentials.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(this.endpoints.redirectUri().toString())
			.scope(this.properties.scopeSet())
			.authorizationUri(this.endpoints.authorizeUrl().toString())
			.tokenUri(this.endpoints.tokenUrl().toString())
			.userInfoUri(this.endpoints.apiBaseUrl() + "/people/me")
			.userNameAttributeName("id")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

}
