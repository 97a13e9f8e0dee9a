package io.webexkit.simulator;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Serves the simulated Webex under {@code /v1/**} in the importing application's Spring MVC context and exposes one
 * {@link WebexSimulator} bean. A {@link Clock} bean, when the application has exactly one, drives expiry.
 */
@Configuration(proxyBeanMethods = false)
// Scanning (rather than @Bean methods) means a broader scan of the same classes is recognised as a duplicate and
// skipped instead of mapping every endpoint twice.
@ComponentScan(basePackageClasses = SimulatorConfiguration.class, useDefaultFilters = false,
		includeFilters = { @Filter(Controller.class), @Filter(ControllerAdvice.class) })
public class SimulatorConfiguration {

	@Bean
	public WebexSimulator webexSimulator(ObjectProvider<Clock> clock) {
		return new WebexSimulator(clock.getIfUnique(Clock::systemUTC));
	}

}
