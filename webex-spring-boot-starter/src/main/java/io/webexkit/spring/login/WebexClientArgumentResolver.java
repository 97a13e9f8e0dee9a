package io.webexkit.spring.login;

import org.jspecify.annotations.Nullable;

import io.webexkit.client.WebexClient;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexEndpoints;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method's {@link WebexClient} parameter a client acting for the signed-in user: refresh, 401
 * retry and single flight are behind it. Without a user signed in with Webex, the request is sent through GRANT first
 * (an authentication exception, which Spring Security turns into the sign-in) and comes back.
 */
public class WebexClientArgumentResolver implements HandlerMethodArgumentResolver {

	private final WebexClients clients;

	private final WebexEndpoints endpoints;

	public WebexClientArgumentResolver(WebexClients clients, WebexEndpoints endpoints) {
		this.clients = clients;
		this.endpoints = endpoints;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return WebexClient.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof OAuth2AuthenticationToken token
				&& this.endpoints.registrationId().equals(token.getAuthorizedClientRegistrationId())) {
			return this.clients.forSignedInUser(token.getName());
		}
		throw new InsufficientAuthenticationException("Sign in with Webex to use " + parameter.getMethod());
	}

}
