package io.webexkit.app.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

}
