package io.webexkit.app.web;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How pages are served: rendered into memory then sent whole, and requests with malformed parameters refused. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** Pages are rendered into memory, then written at once (replaces the starter's resolver). */
	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
		return new BufferedJteViewResolver(templates, properties);
	}

	/**
	 * After the security chains, for the requests of chains that do not check parameters themselves (the simulated
	 * Webex's); under the class's name, as in the app's chain, so a request checked there is not checked again.
	 */
	@Bean
	FilterRegistrationBean<MalformedParametersFilter> malformedParametersFilter() {
		FilterRegistrationBean<MalformedParametersFilter> registration = new FilterRegistrationBean<>(
				new MalformedParametersFilter());
		registration.setName(MalformedParametersFilter.class.getName());
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		return registration;
	}

}
