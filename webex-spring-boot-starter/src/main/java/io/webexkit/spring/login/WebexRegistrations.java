package io.webexkit.spring.login;

import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.WebexCredentials;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexProperties;
import io.webexkit.spring.refresh.RefreshCoordinator;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one Webex client registration ({@link WebexEndpoints#registrationId()}), built in code (not from
 * {@code spring.security.oauth2.client.*}) so that PKCE is explicit and the endpoints can be resolved once the server
 * has its port. Any other registration id is unknown here: grants stored under it are never read, refreshed or
 * deleted.
 */
public class WebexRegistrations implements ClientRegistrationRepository, RefreshCoordinator.RegistrationSource {

	private final WebexProperties properties;

	private final WebexEndpoints endpoints;

	private final WebexCredentials credentials;

	private final AtomicReference<@Nullable ClientRegistration> registration = new AtomicReference<>();

	public WebexRegistrations(WebexProperties properties, WebexEndpoints endpoints, WebexCredentials credentials) {
		this.properties = properties;
		this.endpoints = endpoints;
		this.credentials = credentials;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		return registrationId().equals(registrationId) ? registration() : null;
	}

	/**
	 * The registration, built once its endpoints are known; rebuilt if they change (a redirect URI derived from the
	 * server's port is only final once the server has started).
	 */
	@Override
	public ClientRegistration registration() {
		ClientRegistration current = this.registration.get();
		String redirect = this.endpoints.redirectUri().toString();
		if (current == null || !current.getRedirectUri().equals(redirect)
				|| !current.getProviderDetails().getTokenUri().equals(this.endpoints.tokenUrl().toString())) {
			current = build(redirect);
			this.registration.set(current);
		}
		return current;
	}

	@Override
	public String registrationId() {
		return this.endpoints.registrationId();
	}

	private ClientRegistration build(String redirectUri) {
		return ClientRegistration.withRegistrationId(registrationId())
			.clientName("Webex")
			.clientId(this.credentials.clientId())
			.clientSecret(this.credentials.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirectUri)
			.scope(this.properties.scopeSet())
			.authorizationUri(this.endpoints.authorizeUrl().toString())
			.tokenUri(this.endpoints.tokenUrl().toString())
			.userInfoUri(this.endpoints.apiBaseUrl() + "/people/me")
			.userNameAttributeName("id")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

}
