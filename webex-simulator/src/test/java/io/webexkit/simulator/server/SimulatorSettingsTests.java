package io.webexkit.simulator.server;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatorSettingsTests {

	@Test
	void fromWhenWebexSimulatorAlsoSetForTheAppThenKnobsStillRead() {
		MockEnvironment environment = new MockEnvironment().withProperty("webex.client-id", "id")
			.withProperty("webex.client-secret", "secret")
			.withProperty("webex.simulator", "true");
		assertThat(SimulatorSettings.from(environment).knobs()).isEqualTo(SimulatorProperties.defaults());
		environment.withProperty("webex.simulator.people", "3");
		assertThat(SimulatorSettings.from(environment).knobs().people()).isEqualTo(3);
	}

}
