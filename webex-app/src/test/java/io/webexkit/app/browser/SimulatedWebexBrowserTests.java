package io.webexkit.app.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.SimulatedSpaces;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.test.AutoConfigureWebexSimulator;
import io.webexkit.simulator.test.SimulatedWebex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in headless Chromium against the app on a random port and a simulated Webex, as real Webex: the simulated
 * Webex consents by itself, so GRANT leads straight back to the app.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebexSimulator
class SimulatedWebexBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SimulatedWebex webex;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
	}

	@Test
	void grantWhenWebexConsentsAsSamThenSamSeesTheirSpaces() {
		SimulatedPerson sam = this.webex.person(1);
		this.webex.consentAs(sam);
		try (Visitor visitor = new Visitor(this.port)) {
			visitor.visit("/").follow("GRANT");
			visitor.heading("Connected to Webex");
			assertThat(visitor.text()).contains("Signed in as Sam Patel").doesNotContain("Simulated Webex");

			visitor.follow("SPACES").heading("Your spaces");

			// Sam's 40 spaces and the demo space Sam shares with Alex
			assertThat(visitor.spaceTitles()).hasSize(41)
				.containsExactlyElementsOf(SimulatedSpaces.titles(this.webex, sam, 50));
		}
		finally {
			this.webex.showConsentPage();
		}
	}

}
