package io.webexkit.app.system;

import java.time.Clock;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The session cookie's {@code Secure} flag and the absolute session lifetime. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * By default the cookie is Secure exactly when the request is ({@code request.isSecure()}); behind a proxy that
	 * terminates TLS without forwarding the scheme, an operator can force it.
	 */
	@Bean
	DefaultCookieSerializerCustomizer sessionCookieSecurity(SessionProperties properties) {
		return (serializer) -> {
			if (!"auto".equals(properties.cookieSecure())) {
				serializer.setUseSecureCookie(Boolean.parseBoolean(properties.cookieSecure()));
			}
		};
	}

	/** Runs once the session is available (after Spring Session's filter) and before Spring Security reads it. */
	@Bean
	FilterRegistrationBean<SessionAbsoluteTimeoutFilter> sessionAbsoluteTimeoutFilter(SessionProperties properties,
			Clock clock) {
		FilterRegistrationBean<SessionAbsoluteTimeoutFilter> registration = new FilterRegistrationBean<>(
				new SessionAbsoluteTimeoutFilter(properties.absoluteTimeout(), clock));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
		return registration;
	}

}
