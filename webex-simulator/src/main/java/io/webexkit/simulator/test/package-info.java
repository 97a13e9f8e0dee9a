/**
 * Test support: {@link io.webexkit.simulator.test.AutoConfigureWebexSimulator} on a Spring test starts a simulated
 * Webex for the application under test, and {@link io.webexkit.simulator.test.SimulatedWebex} signs simulated people
 * in. Needs {@code spring-test} (and, to sign in, Spring Security's OAuth2 client) on the test classpath.
 */
@NullMarked
package io.webexkit.simulator.test;

import org.jspecify.annotations.NullMarked;
