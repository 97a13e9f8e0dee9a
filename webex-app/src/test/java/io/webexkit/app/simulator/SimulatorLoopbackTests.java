package io.webexkit.app.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Simulator mode listens on loopback unless told otherwise; real Webex mode binds as Spring Boot does. */
class SimulatorLoopbackTests {

	@Test
	void postProcessWhenSimulatorModeThenServerOnLoopback() {
		StandardEnvironment environment = environment(Map.of());
		assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
		assertThat(environment.getProperty("management.server.address")).as("no management port of its own").isNull();
	}

	@Test
	void postProcessWhenSimulatorModeAndServerAddressSetThenThatAddress() {
		assertThat(environment(Map.of("SERVER_ADDRESS", "0.0.0.0")).getProperty("server.address"))
			.isEqualTo("0.0.0.0");
	}

	@Test
	void postProcessWhenSimulatorModeAndManagementPortThenManagementOnLoopbackUnlessSet() {
		assertThat(environment(Map.of("MANAGEMENT_SERVER_PORT", "10061")).getProperty("management.server.address"))
			.isEqualTo("127.0.0.1");
		assertThat(environment(Map.of("MANAGEMENT_SERVER_PORT", "10061", "MANAGEMENT_SERVER_ADDRESS", "0.0.0.0"))
			.getProperty("management.server.address")).isEqualTo("0.0.0.0");
	}

	@Test
	void postProcessWhenRealWebexThenNothingChanged() {
		StandardEnvironment environment = environment(Map.of("WEBEX_CLIENT_ID", "id", "WEBEX_CLIENT_SECRET",
				"secret", "MANAGEMENT_SERVER_PORT", "10061"));
		assertThat(environment.getProperty("server.address")).isNull();
		assertThat(environment.getProperty("management.server.address")).isNull();
	}

	/** An environment with these variables, as the process would see them, after the post-processor. */
	private static StandardEnvironment environment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource("variables", new LinkedHashMap<>(variables)));
		new SimulatorLoopback().postProcessEnvironment(environment, new SpringApplication());
		return environment;
	}

}
