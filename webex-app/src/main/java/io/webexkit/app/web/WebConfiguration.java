package io.webexkit.app.web;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** How pages are served: rendered into memory then sent whole, and requests with malformed parameters refused. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	/** Pages are rendered into memory, then written at once (replaces the starter's resolver). */
	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
		return new BufferedJteViewResolver(templates, properties);
	}

	/** Right after the request id: nothing may read the parameters of a request whose parameters are malformed. */
	@Bean
	FilterRegistrationBean<MalformedParametersFilter> malformedParametersFilter() {
		FilterRegistrationBean<MalformedParametersFilter> registration = new FilterRegistrationBean<>(
				new MalformedParametersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
