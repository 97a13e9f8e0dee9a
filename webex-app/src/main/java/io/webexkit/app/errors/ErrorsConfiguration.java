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

/** The page a database outage answers with, around everything that may reach the database. */
@Configuration(proxyBeanMethods = false)
class ErrorsConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(TemplateEngine templates,
			WebexMode mode, AppContentSecurityPolicy policy) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates, mode, policy));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2); // after the request id
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

}
