package io.webexkit.app.spaces;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.webexkit.app.SimulatedSpaces;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.test.AutoConfigureWebexSimulator;
import io.webexkit.simulator.test.HttpSignIn;
import io.webexkit.simulator.test.SimulatedWebex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on a random port against a simulated Webex, as real Webex: the handle signs a person in over real HTTP
 * (GRANT, consent, callback), and any HTTP client acts as them with the session cookie it hands back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@AutoConfigureWebexSimulator
class SimulatedWebexHttpIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	SimulatedWebex webex;

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
	}

	@Test
	void spacesWhenSignedInOverHttpThenThatPersonsSpaces() {
		SimulatedPerson alex = this.webex.person(0);
		HttpSignIn signIn = this.webex.signIn(alex);

		String page = this.client.get()
			.uri("/spaces")
			.headers(signIn.headers())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains(alex.displayName()).as("real Webex mode").doesNotContain("Simulated Webex");
		assertThat(SimulatedSpaces.onPage(page)).hasSize(50)
			.containsExactlyElementsOf(SimulatedSpaces.titles(this.webex, alex, 50));
	}

	@Test
	void spacesWhenSignedInThenAnyHttpClientActsAsThem() throws Exception {
		SimulatedPerson sam = this.webex.person(1);
		HttpSignIn signIn = this.webex.signIn(sam);
		HttpRequest request = HttpRequest.newBuilder(URI.create(signIn.origin() + "/spaces"))
			.header("Cookie", signIn.cookie())
			.build();

		HttpResponse<String> page = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(SimulatedSpaces.onPage(page.body()))
			.containsExactlyElementsOf(SimulatedSpaces.titles(this.webex, sam, 50));
		signIn.restTestClient()
			.get()
			.uri("/profile")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value((profile) -> assertThat(profile).contains(sam.email()));
	}

	@Test
	void spacesWhenNotSignedInThenNotTheirs() {
		this.client.get().uri("/spaces").exchange().expectBody(String.class)
			.value((page) -> assertThat(SimulatedSpaces.onPage(page)).isEmpty());
	}

}
