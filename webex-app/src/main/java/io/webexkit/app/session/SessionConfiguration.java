package io.webexkit.app.session;

import java.time.Clock;

import javax.sql.DataSource;

import io.webexkit.spring.TokenKeyRing;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sessions in sealed cookies, keyed from the token key ring for their own purposes. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	Cookies sessionCookies(SessionProperties properties) {
		return new Cookies(properties.cookieSecure());
	}

	@Bean
	SessionCookieFilter sessionCookieFilter(TokenKeyRing keys, Cookies cookies, Clock clock,
			SessionProperties properties) {
		return new SessionCookieFilter(new SealedValues(keys, "session"), cookies, clock, properties.idleTimeout(),
				properties.absoluteTimeout());
	}

	/** Right after the request id and the parameter check, before Spring Security reads who is signed in. */
	@Bean
	FilterRegistrationBean<SessionCookieFilter> sessionCookieFilterRegistration(SessionCookieFilter filter) {
		FilterRegistrationBean<SessionCookieFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	@Bean
	BrowserSessions browserSessions(SessionCookieFilter filter, TokenKeyRing keys, Cookies cookies,
			DataSource dataSource, Clock clock, SessionProperties properties) {
		SessionStamps stamps = new SessionStamps(JdbcClient.create(dataSource));
		return new BrowserSessions(new CookieSecurityContextRepository(filter, stamps, clock),
				new CookieAuthorizationRequests(new SealedValues(keys, CookieAuthorizationRequests.PURPOSE), cookies, dataSource), stamps,
				properties.cookieSecure(), clock);
	}

	@Bean
	Flash flash(TokenKeyRing keys, Cookies cookies) {
		return new Flash(new SealedValues(keys, "flash"), cookies);
	}

}
