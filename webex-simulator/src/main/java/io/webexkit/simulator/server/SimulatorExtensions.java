package io.webexkit.simulator.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Brings into the standalone simulated Webex the auto-configurations listed in
 * {@code META-INF/spring/io.webexkit.simulator.server.SimulatorExtensions.imports} on the classpath, as Spring Boot's
 * test slices do: how a test dependency extends the server without reaching into its context (the build's own tests
 * use it to hold every answer to Webex's OpenAPI document).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ImportAutoConfiguration
public @interface SimulatorExtensions {

}
