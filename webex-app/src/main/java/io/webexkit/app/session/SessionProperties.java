package io.webexkit.app.session;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a browser session may live, and whether its cookies are marked {@code Secure}.
 *
 * @param idleTimeout {@code WEBEX_SESSION_IDLE_TIMEOUT}: a session unused this long ends
 * @param absoluteTimeout {@code WEBEX_SESSION_ABSOLUTE_TIMEOUT}: a session older than this ends, however active
 * @param cookieSecure {@code WEBEX_COOKIE_SECURE}: {@code auto} (Secure when the request came over HTTPS),
 * {@code true} or {@code false}
 */
@ConfigurationProperties("webex.session")
public record SessionProperties(@DefaultValue("8h") Duration idleTimeout, @DefaultValue("7d") Duration absoluteTimeout,
		@DefaultValue("auto") String cookieSecure) {

	public SessionProperties {
		if (idleTimeout.compareTo(Duration.ofMinutes(2)) < 0) {
			throw new IllegalArgumentException("WEBEX_SESSION_IDLE_TIMEOUT must be at least 2m, got " + idleTimeout);
		}
		if (absoluteTimeout.isNegative() || absoluteTimeout.isZero()) {
			throw new IllegalArgumentException("WEBEX_SESSION_ABSOLUTE_TIMEOUT must be positive, got " + absoluteTimeout);
		}
		if (!cookieSecure.matches("auto|true|false")) {
			throw new IllegalArgumentException(
					"WEBEX_COOKIE_SECURE must be auto, true or false, got '" + cookieSecure + "'");
		}
	}

}
