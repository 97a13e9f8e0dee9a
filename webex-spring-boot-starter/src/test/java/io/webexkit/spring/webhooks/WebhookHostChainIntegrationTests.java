package io.webexkit.spring.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.client.WebhookSignature;
import io.webexkit.spring.TestKeys;
import io.webexkit.spring.WebexLogin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static io.webexkit.spring.webhooks.WebhookReceiverIntegrationTests.DELIVERY;
import static io.webexkit.spring.webhooks.WebhookReceiverIntegrationTests.SECRET;
import static io.webexkit.spring.webhooks.WebhookReceiverIntegrationTests.bytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host with its own chain applying {@link WebexLogin}, every page behind sign-in and CSRF on: Webex gets in, and
 * slow bodies do not keep the host's pages out.
 */
@SpringBootTest(classes = { WebhookHost.class, WebhookHostChainIntegrationTests.HostSecurity.class },
		webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "webex.client-id=C-test", "webex.client-secret=test-secret",
				"webex.webhooks.public-url=https://app.example.com/", "webex.webhooks.path=/hooks/webex",
				"webex.unauthenticated-bodies.deadline=5s" })
class WebhookHostChainIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		registry.add("webex.token-key", TestKeys::random);
	}

	@LocalServerPort
	int port;

	@Autowired
	WebhookStore store;

	@Autowired
	WebhookHost.Received received;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void deliveryWhenHostChainThen200WithoutSignInOrSession() throws Exception {
		this.store.insert("HostChainKey0000000000", "webex", "P7", "memberships", "created", null, SECRET);
		HttpResponse<String> response = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/hooks/webex/HostChainKey0000000000"))
			.header(WebhookSignature.HEADER, WebhookSignature.sign(bytes(DELIVERY), SECRET))
			.POST(BodyPublishers.ofString(DELIVERY))
			.build(), BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
		assertThat(this.received.events).singleElement().satisfies((event) -> assertThat(event.personId()).isEqualTo("P7"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void slowBodiesWhenMoreThanRequestThreadsThenPagesAnswerAndEachEndsRefusedAndClosed(CapturedOutput output)
			throws Exception { // I4
		this.store.insert("HostChainSlowKey000000", "webex", "P8", "memberships", "created", null, SECRET);
		SlowBodies.check(this.port, "/hooks/webex", "HostChainSlowKey000000", output);
	}

	@Test
	void otherPagesWhenNotSignedInThenRedirectedToSignIn() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/webex/webhooks/x")).GET().build(),
				BodyHandlers.ofString());
		assertThat(response.statusCode()).as("the default path is not the receiver's here").isEqualTo(302);
	}

	@Configuration(proxyBeanMethods = false)
	static class HostSecurity {

		@Bean
		SecurityFilterChain hostChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.with(WebexLogin.webexLogin(), Customizer.withDefaults())
				.build();
		}

	}

}
