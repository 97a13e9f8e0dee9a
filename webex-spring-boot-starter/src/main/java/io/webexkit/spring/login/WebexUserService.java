package io.webexkit.spring.login;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexException;
import io.webexkit.client.model.Person;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.login.VaultAuthorizedClients;
import io.webexkit.spring.refresh.TokenResponses;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Identifies the user by {@code GET /v1/people/me} {@code id} (immutable, unlike an email), and keeps only the few
 * attributes the pages show so the session stays small.
 */

public class WebexUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	private static final Logger log = LoggerFactory.getLogger(WebexUserService.class);

	private final WebexClients clients;

	public WebexUserService(WebexClients clients) {
		this.clients = clients;
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) {
		Object refreshExpiresIn = request.getAdditionalParameters().get(TokenResponses.REFRESH_TOKEN_EXPIRES_IN);
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null && refreshExpiresIn != null) {
			attributes.setAttribute(VaultAuthorizedClients.REFRESH_EXPIRES_IN_ATTRIBUTE, refreshExpiresIn,
					RequestAttributes.SCOPE_REQUEST);
		}
		Person me;
		try {
			me = this.clients.withToken(request.getAccessToken().getTokenValue()).people().me();
		}
		catch (WebexException ex) {
			log.warn("Webex did not say who granted access (trackingId {})", ex.trackingId().orElse("-"));
			throw new OAuth2AuthenticationException(new OAuth2Error("people_me_failed"), ex);
		}
		Map<String, Object> kept = new LinkedHashMap<>();
		kept.put("id", me.id());
		kept.put("displayName", (me.displayName() != null) ? me.displayName() : me.id());
		List<String> emails = me.emails();
		if (emails != null && !emails.isEmpty()) {
			kept.put("email", emails.get(0));
		}
		return new DefaultOAuth2User(AuthorityUtils.createAuthorityList("ROLE_USER"), kept, "id");
	}

}
