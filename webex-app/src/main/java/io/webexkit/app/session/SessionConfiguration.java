package io.webexkit.app.session;

import java.time.Clock;

import javax.sql.DataSource;

import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexEndpoints;

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
	SessionStamps sessionStamps(DataSource dataSource) {
		return new SessionStamps(JdbcClient.create(dataSource));
	}

	@Bean
	SessionCookieFilter sessionCookieFilter(TokenKeyRing keys, Cookies cookies, SessionStamps stamps,
			WebexEndpoints endpoints, Clock clock, SessionProperties properties) {
		return new SessionCookieFilter(sealed(keys, "session", endpoints, clock), cookies, stamps,
				endpoints.registrationId(), clock, properties.idleTimeout(), properties.absoluteTimeout());
	}

	/** Right after the request id and the outage page, before Spring Security reads who is signed in. */
	@Bean
	FilterRegistrationBean<SessionCookieFilter> sessionCookieFilterRegistration(SessionCookieFilter filter) {
		FilterRegistrationBean<SessionCookieFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	@Bean
	BrowserSessions browserSessions(SessionCookieFilter filter, SessionStamps stamps, TokenKeyRing keys,
			Cookies cookies, DataSource dataSource, WebexEndpoints endpoints, Clock clock) {
		return new BrowserSessions(new CookieSecurityContextRepository(filter, clock),
				new CookieAuthorizationRequests(
						sealed(keys, CookieAuthorizationRequests.PURPOSE, endpoints, clock), cookies, dataSource),
				stamps, clock);
	}

	@Bean
	Flash flash(TokenKeyRing keys, Cookies cookies, WebexEndpoints endpoints, Clock clock) {
		return new Flash(sealed(keys, Flash.PURPOSE, endpoints, clock), cookies);
	}

	/**
	 * Sealed for one purpose and one registration: a cookie made while this data directory served a simulated Webex
	 * does not open once it serves real Webex, and the other way round.
	 */
	static SealedValues sealed(TokenKeyRing keys, String purpose, WebexEndpoints endpoints, Clock clock) {
		return new SealedValues(keys, purpose + "@" + endpoints.registrationId(), clock);
	}

}
