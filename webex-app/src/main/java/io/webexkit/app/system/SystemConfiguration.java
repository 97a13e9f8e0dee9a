package io.webexkit.app.system;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Cross-cutting beans: the mode (real or simulated Webex), the clock, the database-outage page and, against real
 * Webex, the client credentials from the environment.
 */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SystemConfiguration.class);

	/** The mode, decided once; its warnings are logged here, once per start. */
	@Bean
	WebexMode webexMode(Environment environment) {
		WebexModeDecision decision = WebexModeDecision.of(environment);
		decision.warnings().forEach(log::warn);
		return decision.mode();
	}

	/** Pages are rendered into memory, then written at once (replaces the starter's resolver). */
	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
		return new BufferedJteViewResolver(templates, properties);
	}

	/** Outside the session filter, which fails first when the database does. */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(TemplateEngine templates,
			WebexMode mode, AppContentSecurityPolicy policy) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates, mode, policy));
		registration.setOrder(Math.max(Ordered.HIGHEST_PRECEDENCE + 1, SessionRepositoryFilter.DEFAULT_ORDER - 2));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/** Right after the request id: nothing may read the parameters of a request whose parameters are malformed. */
	@Bean
	FilterRegistrationBean<MalformedParametersFilter> malformedParametersFilter() {
		FilterRegistrationBean<MalformedParametersFilter> registration = new FilterRegistrationBean<>(
				new MalformedParametersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** Before the session filter too: probes are answered without looking up a session. */
	@Bean
	FilterRegistrationBean<SessionFreePathsFilter> sessionFreePathsFilter() {
		FilterRegistrationBean<SessionFreePathsFilter> registration = new FilterRegistrationBean<>(
				new SessionFreePathsFilter());
		registration.setOrder(Math.max(Ordered.HIGHEST_PRECEDENCE + 2, SessionRepositoryFilter.DEFAULT_ORDER - 1));
		return registration;
	}

}
