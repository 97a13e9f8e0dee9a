package io.webexkit.simulator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the application under test against a simulated Webex: one standalone simulator per application context, on a
 * random loopback port, stopped with the context. A test integration with a random client id and secret is
 * registered there, and {@code webex.client-id}, {@code webex.client-secret} and {@code webex.api-base-url} point the
 * application at it. They take precedence over {@code application.yml}, environment variables and system properties;
 * {@code @SpringBootTest(properties = ...)}, {@code @TestPropertySource} and {@code @DynamicPropertySource} still
 * override them. Inject {@link SimulatedWebex} to sign simulated people in and to steer the simulator.
 * <p>
 * The integration accepts the redirect URI {@code http://localhost:<any port><callbackPath>} (the application's own
 * when {@code webex.redirect-uri} is unset), so it works with {@code RANDOM_PORT} and without a server alike. May be
 * used as a meta-annotation; test classes with the same attributes (and otherwise the same configuration) share one
 * context and so one simulator.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureWebexSimulator {

	/**
	 * Scopes the test integration allows besides the five the application asks for by default
	 * ({@code spark:people_read spark:rooms_read spark:messages_read spark:messages_write spark:memberships_read}):
	 * list any more that {@code webex.scopes} asks for.
	 */
	String[] scopes() default {};

	/** The path of the application's redirect URI, where Webex sends the user back with a code. */
	String callbackPath() default "/oauth";

	/** The application's OAuth client registration: a grant starts at {@code /oauth2/authorization/<this>}. */
	String registrationId() default "webex";

	/**
	 * The test integration's name, which its consent page asks the person to allow; by default the application's
	 * {@code spring.application.name}, or without one the integration's client id.
	 */
	String integrationName() default "";

}
