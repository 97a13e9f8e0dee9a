package io.webexkit.app.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Cross-cutting beans: the clock and, against real Webex, the client credentials from the environment. */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	@Conditional(RealWebexCondition.class)
	WebexCredentials webexCredentials(WebexProperties properties) {
		return new WebexCredentials(String.valueOf(properties.clientId()), String.valueOf(properties.clientSecret()));
	}

}
