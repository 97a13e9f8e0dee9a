package io.webexkit.spring.login;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.webexkit.spring.TestKeys;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host app with the starter's default chain, served over HTTPS (its redirect URI says so, as behind a
 * TLS-terminating proxy): its container session cookie carries the {@code __Host-} prefix, so no sibling subdomain
 * and no page with a narrower path can plant one.
 */
@SpringBootTest(classes = HostSessionCookieIntegrationTests.Host.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "webex.client-id=C-test", "webex.client-secret=test-secret",
				"webex.redirect-uri=https://app.example.com/oauth" })
class HostSessionCookieIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		registry.add("webex.token-key", TestKeys::random);
	}

	@LocalServerPort
	int port;

	@Test
	@Tag("F13")
	void grantWhenStartedThenTheSessionCookieIsHostOnlySecureAndPrefixed() throws Exception { // F13
		HttpResponse<String> start = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/oauth2/authorization/webex"))
				.build(), BodyHandlers.ofString());
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(start.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith("__Host-JSESSIONID=")
			.contains("Path=/;", "Secure", "HttpOnly")
			.doesNotContainIgnoringCase("Domain");
	}

	@SpringBootApplication
	static class Host {

	}

}
