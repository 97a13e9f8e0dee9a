package io.webexkit.app;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.webexkit.simulator.server.SimulatorLauncher;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone simulator started from the app's own classpath ({@code java -jar webex-app.jar simulator}), where the
 * app's {@code application.yml}, database, security and sessions are all within reach: it must use none of them.
 */
class SimulatorCommandIntegrationTests {

	@Test
	void startWhenOnTheAppsClasspathThenOnlyTheWebServerAndTheSimulatorAreThere() {
		try (ConfigurableApplicationContext context = SimulatorLauncher.start("--server.port=0",
				"--server.shutdown=immediate", "--webex.client-id=command-test",
				"--webex.client-secret=" + AppInstance.randomTokenKey())) {
			assertThat(context.getEnvironment().getProperty("spring.flyway.locations")).as("not the app's settings")
				.isNull();
			assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
			assertThat(context.containsBean("springSecurityFilterChain")).isFalse();
			assertThat(context.containsBean("springSessionRepositoryFilter")).isFalse();
		}
	}

}
