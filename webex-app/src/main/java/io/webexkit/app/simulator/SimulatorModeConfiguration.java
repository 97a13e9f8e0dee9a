package io.webexkit.app.simulator;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.app.web.SecurityHeaders;
import io.webexkit.simulator.SimulatorConfiguration;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.simulator.server.SimulatedIntegration;
import io.webexkit.simulator.server.SimulatorProperties;
import io.webexkit.spring.WebexCredentials;
import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Simulator mode (see {@link WebexModeDecision}): the simulated Webex is served by this app under {@code /v1/**}, and
 * the app registers itself there as an integration with a made-up secret.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RealWebexCondition.Simulated.class)
@Import(SimulatorConfiguration.class)
// the WEBEX_SIMULATOR_* knobs live with the simulator, outside this app's configuration-properties scan
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorModeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SimulatorModeConfiguration.class);

	/** What the simulated consent page asks a person to allow: this app, by the name its pages show. */
	private static final String INTEGRATION_NAME = "Webex Integration Kit";

	/** The simulated Webex is this very server, under {@code /v1}; its grants are kept apart from real ones. */
	@Bean
	WebexEndpoints simulatedWebexEndpoints(WebexProperties properties, Environment environment) {
		return new SimulatedWebexEndpoints(properties, environment.getProperty("server.port", Integer.class, 10060));
	}

	@Bean
	WebexCredentials simulatedWebexCredentials() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return new WebexCredentials("simulated-integration",
				Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	@Bean
	ApplicationListener<WebServerInitializedEvent> simulatedIntegrationRegistrar(WebexSimulator simulator,
			WebexCredentials credentials, WebexEndpoints endpoints, SimulatorProperties knobs) {
		return (event) -> {
			if (event.getApplicationContext().getServerNamespace() != null) {
				return;
			}
			knobs.applyTo(simulator);
			new SimulatedIntegration(credentials.clientId(), credentials.clientSecret(),
					List.of(endpoints.redirectUri().toString()))
				.named(INTEGRATION_NAME)
				.registerWith(simulator);
			log.info("Simulated Webex served at {} (its consent page, token endpoint and REST API)",
					endpoints.apiBaseUrl());
		};
	}

	/** The simulator's own endpoints: stateless, no CSRF token (its consent form carries a single-use id). */
	@Bean
	@Order(1)
	SecurityFilterChain simulatorSecurityFilterChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/v1/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.API_CSP))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
			.build();
	}

}
