package io.webexkit.spring.login;

import java.time.Clock;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.spring.refresh.TokenResponses;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Spring Security's view of the vault: where {@code oauth2Login} stores a new grant. Tokens never go to the session.
 */
public class VaultAuthorizedClients implements OAuth2AuthorizedClientService, OAuth2AuthorizedClientRepository {

	/** Request attribute carrying {@code refresh_token_expires_in} from the login's token response to the save. */
	public static final String REFRESH_EXPIRES_IN_ATTRIBUTE = VaultAuthorizedClients.class.getName()
			+ ".refreshExpiresIn";

	private final TokenVault vault;

	private final ClientRegistrationRepository registrations;

	private final Clock clock;

	private final Consumer<String> granted;

	public VaultAuthorizedClients(TokenVault vault, ClientRegistrationRepository registrations, Clock clock) {
		this(vault, registrations, clock, (personId) -> {
		});
	}

	/**
	 * @param granted called with the person's id once their new grant is stored: this save is the one place a
	 * successful GRANT ends with the grant in the vault (a user service runs before it is stored, and an
	 * authentication success event is not published by every host's login filter), so work that acts for the person
	 * right away, such as registering their webhooks, hooks in here. It must not throw.
	 */
	public VaultAuthorizedClients(TokenVault vault, ClientRegistrationRepository registrations, Clock clock,
			Consumer<String> granted) {
		this.vault = vault;
		this.registrations = registrations;
		this.clock = clock;
		this.granted = granted;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String registrationId,
			String principalName) {
		ClientRegistration registration = this.registrations.findByRegistrationId(registrationId);
		if (registration == null) {
			return null;
		}
		return (T) this.vault.find(registrationId, principalName).map((grant) -> {
			OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, grant.accessToken(),
					grant.accessIssuedAt(), grant.accessExpiresAt(), grant.scopes());
			String refreshValue = grant.refreshToken();
			OAuth2RefreshToken refresh = (refreshValue != null)
					? new OAuth2RefreshToken(refreshValue, grant.refreshIssuedAt(), grant.refreshExpiresAt()) : null;
			return new OAuth2AuthorizedClient(registration, principalName, access, refresh);
		}).orElse(null);
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object refreshExpiresIn = (request != null)
				? request.getAttribute(REFRESH_EXPIRES_IN_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
		OAuth2AccessToken access = client.getAccessToken();
		if (access.getScopes().isEmpty()) {
			// Webex's documented token response has no scope member: it granted what was requested
			access = new OAuth2AccessToken(access.getTokenType(), access.getTokenValue(), access.getIssuedAt(),
					access.getExpiresAt(), client.getClientRegistration().getScopes());
		}
		this.vault.save(TokenResponses.fromAuthorization(client.getClientRegistration().getRegistrationId(),
				principal.getName(), access, client.getRefreshToken(), refreshExpiresIn, this.clock.instant()));
		this.granted.accept(principal.getName());
	}

	@Override
	public void removeAuthorizedClient(String registrationId, String principalName) {
		this.vault.delete(registrationId, principalName, "removed");
	}

	@Override
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String registrationId,
			Authentication principal, HttpServletRequest request) {
		return loadAuthorizedClient(registrationId, principal.getName());
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
			HttpServletRequest request, HttpServletResponse response) {
		saveAuthorizedClient(client, principal);
	}

	@Override
	public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
			HttpServletResponse response) {
		removeAuthorizedClient(registrationId, principal.getName());
	}

}
