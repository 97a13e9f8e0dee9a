package io.webexkit.simulator.server;

import java.net.URI;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.simulator.SimulatorConfiguration;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The standalone simulator's context: the web server, Spring MVC, the simulator and the operator endpoints. Not a
 * {@code @Configuration} on purpose: no component scan that reaches this package (an application's, or the
 * simulator's own controller scan) may pick it up.
 */
@Import(SimulatorConfiguration.class)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
		PropertyPlaceholderAutoConfiguration.class, MultipartAutoConfiguration.class })
@SimulatorExtensions
final class SimulatorServerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SimulatorServerConfiguration.class);

	/**
	 * Responses that are no page (the REST API's JSON, the stylesheet, the operator endpoints): nothing to load, post
	 * or frame. The same policy the app's simulator mode sends for its in-process simulator.
	 */
	static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	private static final Validator NO_VALIDATION = new Validator() {

		@Override
		public boolean supports(Class<?> type) {
			return false;
		}

		@Override
		public void validate(Object target, Errors errors) {
		}

	};

	/** Before the server accepts a request, so that none sees an unregistered integration. */
	@Bean
	SmartInitializingSingleton simulatorSetup(WebexSimulator simulator, SimulatorSettings settings) {
		return () -> {
			settings.knobs().applyTo(simulator);
			if (settings.integration() != null) {
				settings.integration().registerWith(simulator);
			}
		};
	}

	@Bean
	ApplicationListener<WebServerInitializedEvent> startupReport(WebexSimulator simulator,
			SimulatorSettings settings) {
		return (event) -> {
			URI origin = SimulatorLauncher.origin(event.getApplicationContext().getEnvironment(),
					event.getWebServer().getPort());
			String api = origin + "/v1";
			SimulatedIntegration integration = settings.integration();
			if (integration == null) {
				log.info("Simulated Webex at {}: consent page {}/authorize, token endpoint {}/access_token, {} people; "
						+ "no integration registered yet", api, api, api, simulator.users().size());
			}
			else {
				log.info("Simulated Webex at {}: consent page {}/authorize, token endpoint {}/access_token, {} people; "
						+ "integration {} registered for {}", api, api, api, simulator.users().size(),
						integration.clientId(), String.join(", ", integration.redirectUris()));
				String redirect = (integration.redirectUris().size() == 1) ? integration.redirectUris().get(0)
						: "<one of the above>";
				log.info("Start every app instance with WEBEX_API_BASE_URL={} WEBEX_CLIENT_ID={} "
						+ "WEBEX_CLIENT_SECRET=<the same secret as here> WEBEX_REDIRECT_URI={} (the app derives "
						+ "WEBEX_AUTHORIZE_URL and WEBEX_TOKEN_URL from WEBEX_API_BASE_URL)", api,
						integration.clientId(), redirect);
			}
			log.info("Operator endpoints: GET {}/simulator/stats, POST {}/simulator/reset-stats, "
					+ "POST {}/simulator/expire-access-tokens, GET/POST {}/simulator/webhook-delivery, "
					+ "POST {}/simulator/spaces, POST {}/simulator/messages", origin, origin, origin, origin, origin,
					origin);
		};
	}

	/** Nothing here uses Bean Validation (the simulator checks requests by hand), so do not start it. */
	@Bean
	WebMvcConfigurer noBeanValidation() {
		return new WebMvcConfigurer() {

			@Override
			public Validator getValidator() {
				return NO_VALIDATION;
			}

		};
	}

	@Bean
	RouterFunction<ServerResponse> operatorEndpoints(WebexSimulator simulator) {
		return OperatorEndpoints.routes(simulator);
	}

	/**
	 * What the app's security chain adds to the in-process simulator's responses. Pages that set their own policy
	 * (the consent page does) replace these values.
	 */
	@Bean
	FilterRegistrationBean<Filter> securityHeaders() {
		Filter filter = (request, response, chain) -> {
			HttpServletResponse http = (HttpServletResponse) response;
			http.setHeader("Content-Security-Policy", API_CSP);
			http.setHeader("X-Content-Type-Options", "nosniff");
			http.setHeader("X-Frame-Options", "DENY");
			http.setHeader("Referrer-Policy", "no-referrer");
			chain.doFilter(request, response);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
