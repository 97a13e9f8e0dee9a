package io.webexkit.app.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The actuator on its own port ({@code MANAGEMENT_SERVER_PORT}). Spring Boot runs the app's security filter chain
 * there too, and the app's chain would send an anonymous request to a login page that port does not have, saving it
 * in a new (in-memory) session first. Requests the management server serves get a chain of their own instead: no
 * session, no login, no CSRF (nothing there is written to by a browser); which endpoints answer is
 * {@code management.endpoint.*.access}'s business, anything else is a 404. Their log lines carry a request id like
 * the app's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnManagementPort(ManagementPortType.DIFFERENT)
class ManagementServerConfiguration {

	/** The child context Spring Boot starts for the management server. */
	static final String MANAGEMENT_NAMESPACE = "management";

	@Bean
	@Order(0)
	SecurityFilterChain managementSecurityFilterChain(HttpSecurity http) throws Exception {
		return http.securityMatcher(ManagementServerConfiguration::servedByManagementServer)
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.API_CSP)))
			.addFilterBefore(new RequestIdFilter(), SecurityContextHolderFilter.class)
			.build();
	}

	static boolean servedByManagementServer(HttpServletRequest request) {
		WebApplicationContext context = WebApplicationContextUtils
			.getWebApplicationContext(request.getServletContext());
		return context instanceof WebServerApplicationContext server
				&& MANAGEMENT_NAMESPACE.equals(server.getServerNamespace());
	}

}
