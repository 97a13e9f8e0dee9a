package io.webexkit.app.connect;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.app.errors.DatabaseFailures;
import io.webexkit.app.session.BrowserSessions;
import io.webexkit.app.session.Flash;
import io.webexkit.app.web.AppContentSecurityPolicy;
import io.webexkit.app.web.MalformedParametersFilter;
import io.webexkit.app.web.StaticResources;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexLogin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The app's filter chain: "sign in with Webex" from the starter (the GRANT button on the home page, the failure page,
 * a 503 when the grant's state cannot be stored), CSRF on every POST, and strict headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * GRANT could not be started. When the database is unreachable (the grant could not be stored on the way back): let
	 * the outage page answer 503 (no redirect to Webex has been sent). Anything else is the stock 500.
	 */
	static void authorizationRequestFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException, ServletException {
		Throwable database = DatabaseFailures.find(ex);
		if (database instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (database != null) {
			throw new ServletException(database);
		}
		response.sendError(HttpStatus.INTERNAL_SERVER_ERROR.value(), HttpStatus.INTERNAL_SERVER_ERROR.getReasonPhrase());
	}

	/**
	 * No observation (timer and tracing span) around each of the chain's filters, every request, and each
	 * authorization decision: they cost more than the filters themselves. Requests are still timed as a whole
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(2)
	SecurityFilterChain appSecurityFilterChain(HttpSecurity http, WebexEndpoints endpoints,
			AppContentSecurityPolicy contentSecurityPolicy, BrowserSessions sessions, Flash flash) throws Exception {
		sessions.applyTo(http);
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(StaticResources.PATTERNS)
				.permitAll()
				.requestMatchers("/", "/error", "/connect/failed", "/actuator/health", "/actuator/health/**",
						"/actuator/prometheus")
				.permitAll()
				.anyRequest()
				.authenticated())
			.addFilterBefore(new MalformedParametersFilter(), CsrfFilter.class) // after WebexLogin's body guard
			.with(WebexLogin.webexLogin()
				.loginPage("/")
				.successUrl("/")
				.failureHandler(new ConnectFailureHandler(flash))
				.authorizationRequestRepository(sessions.pendingGrants())
				.authorizationRequestFailureHandler(SecurityConfiguration::authorizationRequestFailed),
					Customizer.withDefaults())
			.logout((logout) -> logout.logoutRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/logout"))
				.logoutSuccessUrl("/?loggedOut")
				.addLogoutHandler(new HeaderWriterLogoutHandler(
						new ClearSiteDataHeaderWriter(ClearSiteDataHeaderWriter.Directive.COOKIES))))
			.headers((headers) -> headers.addHeaderWriter(contentSecurityPolicy)
				.addHeaderWriter((request, response) -> response.setHeader("Referrer-Policy",
						endpoints.callbackPath().equals(request.getRequestURI()) ? "no-referrer" : "same-origin"))
				.frameOptions((frame) -> frame.deny()))
			.build();
	}

}
