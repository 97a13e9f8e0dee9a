package io.webexkit.spring.login;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.simulator.test.AutoConfigureWebexSimulator;
import io.webexkit.simulator.test.SimulatedWebex;
import io.webexkit.spring.WebexLogin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host with its own chain and no login page, whose client secret Webex refuses: a grant that fails ends on the
 * host's error page saying what failed, not back on Webex's consent page (where Accept would fail again, forever).
 */
@SpringBootTest(classes = HostChainLoginFailureIntegrationTests.Host.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:host-chain-login-failure",
				"webex.client-secret=not-the-integrations-secret" })
@AutoConfigureWebexSimulator
class HostChainLoginFailureIntegrationTests {

	private static final int MAX_HOPS = 12;

	@LocalServerPort
	int port;

	@Autowired
	SimulatedWebex webex;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@AfterEach
	void showConsentPage() {
		this.webex.showConsentPage();
	}

	@Test
	void grantWhenWebexRefusesTheClientSecretThenErrorPageSaysSoAndNoSecondConsent() throws Exception {
		this.webex.consentAs(this.webex.person(1)); // Accept on the consent page, every time it is shown
		List<URI> visited = new ArrayList<>();
		HttpResponse<String> response = follow(URI.create("http://localhost:" + this.port + "/count"), visited);

		assertThat(visited).filteredOn((uri) -> uri.getPath().endsWith("/authorize"))
			.as("Webex's consent page, once: %s", visited)
			.hasSize(1);
		assertThat(response.statusCode()).isEqualTo(502);
		assertThat(response.body()).as("Spring Boot's error page")
			.contains("Whitelabel Error Page").contains("Webex refused this app (invalid_client), so you could not be signed in. Trying again will not help");
	}

	private HttpResponse<String> follow(URI start, List<URI> visited) throws Exception {
		URI next = start;
		for (int hop = 0; hop < MAX_HOPS; hop++) {
			visited.add(next);
			HttpResponse<String> response = this.browser.send(
					HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(), BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse(null);
			if (response.statusCode() / 100 != 3 || location == null) {
				return response;
			}
			next = next.resolve(location);
		}
		throw new AssertionError("still redirected after " + MAX_HOPS + " hops: " + visited);
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@RestController
	static class Host {

		@GetMapping("/count")
		String count() {
			return "signed in";
		}

		@Bean
		SecurityFilterChain hostChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.with(WebexLogin.webexLogin(), Customizer.withDefaults())
				.build();
		}

	}

}
