package io.webexkit.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The app in its default configuration (simulator mode, embedded database) on a random port, shared by every test
 * class that uses this annotation: one cached context, one data directory for the whole test run. Classes that need
 * other settings declare their own {@code @SpringBootTest} and get a context of their own. Tests leave the simulator
 * as they found it ({@code WebexSimulator.reset()}) and do not count on an empty vault unless they empty it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDataDirectory.Shared.class)
public @interface AppIntegrationTest {

}
