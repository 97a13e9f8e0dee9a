package io.webexkit.app.system;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** The session cookie's {@code Secure} flag, the absolute session lifetime, and fewer session writes. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/** How far a session's last-access time may lag behind: a page view within it writes no session row. */
	static final Duration SESSION_TOUCH_GRANULARITY = Duration.ofMinutes(1);

	@Bean
	static SessionTouchThrottle sessionTouchThrottle() {
		return new SessionTouchThrottle(SESSION_TOUCH_GRANULARITY);
	}

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
