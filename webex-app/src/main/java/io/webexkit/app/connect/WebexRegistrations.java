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
 * The one {@code webex} client registration, built in code (not from {@code spring.security.oauth2.client.*}) so
 * that PKCE is explicit, simulator mode needs no client id, and the simulator's address can be resolved once the
 * server has its port.
 */
@Component
class WebexRegistrations implements ClientRegistrationRepository, RefreshCoordinator.RegistrationSource {

	static final String REGISTRATION_ID = "webex";

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
		return REGISTRATION_ID.equals(registrationId) ? registration() : null;
	}

	@Override
	public String registrationId() {
		return REGISTRATION_ID;
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

	private ClientRegistration build() {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
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
