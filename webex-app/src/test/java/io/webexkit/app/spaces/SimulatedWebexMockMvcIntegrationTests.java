package io.webexkit.app.spaces;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.webexkit.app.SimulatedSpaces;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.test.AutoConfigureWebexSimulator;
import io.webexkit.simulator.test.MockMvcSignIn;
import io.webexkit.simulator.test.SimulatedWebex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The app's pages tested as another team tests its own Webex feature: one annotation runs the app against a
 * simulated Webex as real Webex (the app sees a client id), and the handle signs a person in through MockMvc. The
 * data directory is the app's own storage, given to every test context here.
 */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureWebexSimulator
class SimulatedWebexMockMvcIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SimulatedWebex webex;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
	}

	@Test
	void spacesWhenSignedInThroughMockMvcThenThatPersonsSpaces() throws Exception {
		SimulatedPerson sam = this.webex.person(1);
		MockMvcSignIn signIn = this.webex.signIn(this.mvc, sam);

		String page = this.mvc.perform(get("/spaces").with(signIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains(sam.displayName()).as("real Webex mode").doesNotContain("Simulated Webex");
		// Sam's 40 spaces and the demo space Sam shares with Alex
		assertThat(SimulatedSpaces.onPage(page)).hasSize(41)
			.containsExactlyElementsOf(SimulatedSpaces.titles(this.webex, sam, 50));
	}

	@Test
	void spacesWhenOnlyTheContainerSessionIsSentThenNotSignedIn() throws Exception {
		MockMvcSignIn signIn = this.webex.signIn(this.mvc, this.webex.person(1));

		// the app's sessions are Spring Session's, found by their cookie: hence MockMvcSignIn sends both
		this.mvc.perform(get("/spaces").session(signIn.session())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/spaces").cookie(signIn.cookies())).andExpect(status().isOk());
	}

	@Nested
	@TestPropertySource(properties = "webex.client-secret=not-the-test-integrations")
	class WhenTheAppUsesAnotherSecret {

		@Test
		void signInWhenTheTokenEndpointRefusesTheAppThenAssertionSaysWhy() {
			SimulatedWebex webex = SimulatedWebexMockMvcIntegrationTests.this.webex;
			MockMvc mvc = SimulatedWebexMockMvcIntegrationTests.this.mvc;

			assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> webex.signIn(mvc, webex.person(0)))
				.withMessageContaining("The application did not accept Alex Rivera's sign-in")
				.withMessageContaining("/connect/failed?reason=invalid_client")
				.withMessageContaining("token endpoint answered it 401 invalid_client");
		}

	}

}
