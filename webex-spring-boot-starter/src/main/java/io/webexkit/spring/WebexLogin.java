package io.webexkit.spring;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.bodies.BodyGuard;
import io.webexkit.spring.login.CallbackGuardFilter;
import io.webexkit.spring.login.CanonicalOriginFilter;
import io.webexkit.spring.login.LoginFailures;
import io.webexkit.spring.login.RefusalErrorPages;
import io.webexkit.spring.login.SameOriginFilter;
import io.webexkit.spring.login.SessionCookieConflictFilter;
import io.webexkit.spring.login.UnknownRegistrationFilter;

import org.springframework.context.ApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * "Sign in with Webex" for a host's own {@code SecurityFilterChain}, in one call:
 * <pre>{@code
 * http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
 *     .with(WebexLogin.webexLogin(), Customizer.withDefaults());
 * }</pre>
 * It applies Spring Security's authorization-code login to the Webex registration, with Webex's quirks handled: PKCE,
 * the callback on the redirect URI's own path, token responses without {@code token_type}, grants stored in the
 * encrypted vault (never in the session), malformed callbacks refused before any token request, the grant started on
 * the redirect URI's host, unknown registration ids answered 404, state-changing requests that a browser says come
 * from another origin refused before the CSRF token is read, and request bodies from nobody signed in read a bounded
 * number at a time, each within a deadline ({@code webex.unauthenticated-bodies.*}). Unauthenticated requests go
 * straight to Webex and
 * come back to where they were, unless {@link #loginPage(String) a page} of the host offers GRANT instead.
 */
public final class WebexLogin extends AbstractHttpConfigurer<WebexLogin, HttpSecurity> {

	private @Nullable String loginPage;

	private @Nullable String successUrl;

	private @Nullable AuthenticationFailureHandler failureHandler;

	private @Nullable AuthenticationFailureHandler authorizationRequestFailureHandler;

	private @Nullable AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private WebexLogin() {
	}

	/** The configurer, to pass to {@code HttpSecurity.with(...)}. */
	public static WebexLogin webexLogin() {
		return new WebexLogin();
	}

	/**
	 * Send unauthenticated requests to this page of the host (which links to
	 * {@link WebexEndpoints#grantPath()}) instead of straight to Webex.
	 */
	public WebexLogin loginPage(String loginPage) {
		this.loginPage = loginPage;
		return this;
	}

	/** Always land here after a grant, instead of the page that needed sign-in. */
	public WebexLogin successUrl(String successUrl) {
		this.successUrl = successUrl;
		return this;
	}

	/**
	 * What to do when a grant does not complete (declined, an expired code, Webex unavailable). By default the host's
	 * error page answers, with a message from {@link ErrorMessages}.
	 */
	public WebexLogin failureHandler(AuthenticationFailureHandler failureHandler) {
		this.failureHandler = failureHandler;
		return this;
	}

	/** What to do when a grant cannot even be started (its pending request cannot be stored, say). */
	public WebexLogin authorizationRequestFailureHandler(AuthenticationFailureHandler handler) {
		this.authorizationRequestFailureHandler = handler;
		return this;
	}

	/**
	 * Where the grant being started waits for the callback (its {@code state} and PKCE verifier); by default the
	 * HTTP session, as Spring Security keeps it.
	 */
	public WebexLogin authorizationRequestRepository(
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests) {
		this.authorizationRequests = authorizationRequests;
		return this;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void init(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		WebexEndpoints endpoints = context.getBean(WebexEndpoints.class);
		OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenClient = (OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>) context
			.getBeanProvider(ResolvableType.forClassWithGenerics(OAuth2AccessTokenResponseClient.class,
					OAuth2AuthorizationCodeGrantRequest.class))
			.getObject();
		OAuth2UserService<OAuth2UserRequest, OAuth2User> userService = (OAuth2UserService<OAuth2UserRequest, OAuth2User>) context
			.getBeanProvider(ResolvableType.forClassWithGenerics(OAuth2UserService.class, OAuth2UserRequest.class,
					OAuth2User.class))
			.getObject();
		AuthenticationFailureHandler failures = (this.failureHandler != null) ? this.failureHandler
				: new LoginFailures();
		AuthenticationFailureHandler requestFailures = this.authorizationRequestFailureHandler;
		AuthorizationRequestRepository<OAuth2AuthorizationRequest> pending = this.authorizationRequests;
		http.oauth2Login((login) -> {
			login.clientRegistrationRepository(context.getBean(ClientRegistrationRepository.class))
				.authorizedClientRepository(context.getBean(OAuth2AuthorizedClientRepository.class))
				.loginProcessingUrl(endpoints.callbackPath())
				.authorizationEndpoint((endpoint) -> {
					endpoint.baseUri(WebexEndpoints.AUTHORIZATION_BASE);
					if (pending != null) {
						endpoint.authorizationRequestRepository(pending);
					}
				})
				.tokenEndpoint((token) -> token.accessTokenResponseClient(tokenClient))
				.userInfoEndpoint((userInfo) -> userInfo.userService(userService))
				.failureHandler(failures);
			if (this.loginPage != null) {
				login.loginPage(this.loginPage);
			}
			if (this.successUrl != null) {
				login.defaultSuccessUrl(this.successUrl, true);
			}
			if (requestFailures != null) {
				login.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
					@Override
					public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(requestFailures);
						return filter;
					}
				});
			}
		});
		AuthorizeHttpRequestsConfigurer<HttpSecurity> authorization = http
			.getConfigurer(AuthorizeHttpRequestsConfigurer.class);
		if (authorization != null) {
			authorization.getRegistry().withObjectPostProcessor(RefusalErrorPages.around());
		}
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(
				new LoginUrlAuthenticationEntryPoint((this.loginPage != null) ? this.loginPage : endpoints.grantPath())));
	}

	@Override
	public void configure(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		WebexEndpoints endpoints = context.getBean(WebexEndpoints.class);
		// as soon as who is signed in is known, before anything in the chain (the CSRF token's parameter) reads a body
		http.addFilterAfter(context.getBean(BodyGuard.class).filter(getSecurityContextHolderStrategy()),
				SecurityContextHolderFilter.class);
		http.addFilterBefore(new UnknownRegistrationFilter(endpoints), OAuth2AuthorizationRequestRedirectFilter.class)
			.addFilterBefore(new CanonicalOriginFilter(endpoints), OAuth2AuthorizationRequestRedirectFilter.class)
			.addFilterBefore(new CallbackGuardFilter(endpoints), OAuth2AuthorizationRequestRedirectFilter.class)
			.addFilterBefore(new SameOriginFilter(endpoints), CsrfFilter.class);
		if (containerSessions(http.getSharedObject(SecurityContextRepository.class))) {
			// refuse a request that carries two container session cookies; a host keeping sessions elsewhere (the
			// showcase app keeps them in sealed cookies) checks its own cookies
			http.addFilterBefore(new SessionCookieConflictFilter(), SecurityContextHolderFilter.class);
		}
	}

	/** Whether the chain keeps who is signed in in the servlet container's session (Spring Security's default). */
	private static boolean containerSessions(@Nullable SecurityContextRepository repository) {
		return repository == null || repository instanceof HttpSessionSecurityContextRepository
				|| repository instanceof DelegatingSecurityContextRepository;
	}

}
