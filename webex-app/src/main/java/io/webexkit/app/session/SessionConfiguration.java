package io.webexkit.app.session;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session cookie's {@code Secure} flag, the absolute session lifetime, fewer session writes, and what may be read
 * back from the session table.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/** How far a session's last-access time may lag behind: a page view within it writes no session row. */
	static final Duration SESSION_TOUCH_GRANULARITY = Duration.ofMinutes(1);

	/**
	 * Concurrent requests of one session may each add the same attribute (a new session's first views each create its
	 * CSRF token): Spring Session's plain INSERT then fails one of them on the primary key. Store attributes with an
	 * upsert instead; the last writer wins, as for any other concurrent change of a session.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE) // after Spring Boot's, whose table name setting resets the queries
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(
			@Value("${spring.datasource.url:}") String url) {
		String upsert = switch (DatabaseDriver.fromJdbcUrl(url)) {
			case H2 -> """
					MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
					KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
					""";
			case POSTGRESQL -> """
					INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
					VALUES (?, ?, ?)
					ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
					DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
					""";
			default -> null;
		};
		return (repository) -> {
			if (upsert != null) {
				repository.setCreateSessionAttributeQuery(upsert);
			}
		};
	}

	/**
	 * How session attributes are written to and read from the session table: Spring Session's JDBC configuration
	 * takes the conversion service of this name. Written with plain Java serialization as before; read only through
	 * {@link SessionAttributeFilter}'s allow-list.
	 */
	@Bean
	ConversionService springSessionConversionService(ConfigurableListableBeanFactory beanFactory) {
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class,
				new SessionAttributeDeserializer(beanFactory.getBeanClassLoader()));
		return conversion;
	}

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

	/** Before the session filter too: probes are answered without looking up a session. */
	@Bean
	FilterRegistrationBean<SessionFreePathsFilter> sessionFreePathsFilter() {
		FilterRegistrationBean<SessionFreePathsFilter> registration = new FilterRegistrationBean<>(
				new SessionFreePathsFilter());
		registration.setOrder(Math.max(Ordered.HIGHEST_PRECEDENCE + 2, SessionRepositoryFilter.DEFAULT_ORDER - 1));
		return registration;
	}

}
