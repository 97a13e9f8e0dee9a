package io.webexkit.app.errors;

import gg.jte.TemplateEngine;
import jakarta.servlet.DispatcherType;

import io.webexkit.app.errors.DatabaseUnavailableFilter;
import io.webexkit.app.simulator.WebexMode;
import io.webexkit.app.web.AppContentSecurityPolicy;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The page a database outage answers with: registered outside the session filter, which fails first. */
@Configuration(proxyBeanMethods = false)
class ErrorsConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(TemplateEngine templates,
			WebexMode mode, AppContentSecurityPolicy policy) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates, mode, policy));
		registration.setOrder(Math.max(Ordered.HIGHEST_PRECEDENCE + 1, SessionRepositoryFilter.DEFAULT_ORDER - 2));
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

}
