package io.webexkit.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The app in simulator mode with webhooks on, on the port {@link ReceivedWebhooks#sharedPort()} (the simulated Webex
 * delivers to it), with {@link ReceivedWebhooks} to autowire: one cached context for every test class that uses this
 * annotation. Tests connect the people they use themselves, and leave no one else connected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = ReceivedWebhooks.Shared.class)
@Import(ReceivedWebhooks.class)
public @interface WebhooksIntegrationTest {

}
