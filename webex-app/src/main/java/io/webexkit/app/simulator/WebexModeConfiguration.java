package io.webexkit.app.simulator;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.WebexEndpoints;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The mode (real or simulated Webex), decided once; its warnings are logged here, once per start. */
@Configuration(proxyBeanMethods = false)
class WebexModeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WebexModeConfiguration.class);

	@Bean
	WebexMode webexMode(Environment environment) {
		WebexModeDecision decision = WebexModeDecision.of(environment);
		decision.warnings().forEach(log::warn);
		return decision.mode();
	}

	/** The last line of a start: the address to open, the redirect URI's origin (where the session cookie lives). */
	@Bean
	ApplicationListener<ApplicationReadyEvent> readyAnnouncement(WebexMode mode, WebexEndpoints endpoints) {
		return (event) -> log.info("Webex Kit is ready{}: open {}", mode.simulated() ? " (simulated Webex)" : "",
				address(endpoints.redirectUri()));
	}

	private static URI address(URI redirectUri) {
		return redirectUri.resolve("/");
	}

}
