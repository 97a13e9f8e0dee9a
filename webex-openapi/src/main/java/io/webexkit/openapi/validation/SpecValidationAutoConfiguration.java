package io.webexkit.openapi.validation;

import java.util.List;

import io.webexkit.openapi.WebexOpenApi;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * In any web application that serves a simulated Webex (the simulator's own server, an app's in-process one), with
 * this module on the classpath (a test dependency): every answer under {@code /v1} is held to Webex's OpenAPI
 * document. {@code webex.openapi.validation}: {@code fail} (the default: such an answer becomes a 500), {@code log}
 * (recorded and logged only), {@code off}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "io.webexkit.simulator.WebexSimulator")
@ConditionalOnExpression("'${webex.openapi.validation:fail}' != 'off'")
public class SpecValidationAutoConfiguration {

	@Bean
	FilterRegistrationBean<SpecValidationFilter> webexSpecValidationFilter(Environment environment) {
		boolean fail = !"log".equals(environment.getProperty("webex.openapi.validation", "fail"));
		FilterRegistrationBean<SpecValidationFilter> registration = new FilterRegistrationBean<>(
				new SpecValidationFilter(List.of(WebexOpenApi.messaging(), WebexOpenApi.admin()), fail));
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE); // outside everything that shapes the answer
		return registration;
	}

}
