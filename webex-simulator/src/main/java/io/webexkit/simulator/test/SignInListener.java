package io.webexkit.simulator.test;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthorizationCodeAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;

/**
 * Hands on the code of every authorization-code sign-in ({@code oauth2Login} or {@code oauth2Client}) that succeeds.
 */
final class SignInListener implements ApplicationListener<AuthenticationSuccessEvent> {

	private final Consumer<String> codes;

	SignInListener(Consumer<String> codes) {
		this.codes = codes;
	}

	@Override
	public void onApplicationEvent(AuthenticationSuccessEvent event) {
		OAuth2AuthorizationExchange exchange = exchange(event.getAuthentication());
		String code = (exchange != null) ? exchange.getAuthorizationResponse().getCode() : null;
		if (code != null) {
			this.codes.accept(code);
		}
	}

	private static @Nullable OAuth2AuthorizationExchange exchange(Authentication authentication) {
		if (authentication instanceof OAuth2LoginAuthenticationToken login) {
			return login.getAuthorizationExchange();
		}
		if (authentication instanceof OAuth2AuthorizationCodeAuthenticationToken grant) {
			return grant.getAuthorizationExchange();
		}
		return null;
	}

}
