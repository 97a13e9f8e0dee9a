package io.webexkit.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;

import static org.assertj.core.api.Assertions.assertThat;

/** A full restart of the app (embedded default: H2 file database) logs nobody out and needs no trip to Webex. */
class RestartIntegrationTests {

	@Test
	void restartWhenAppStoppedAndStartedAgainThenSessionAndGrantSurviveWithoutTokenRequest() throws IOException {
		try (StandaloneSimulator webex = StandaloneSimulator.start()) {
			int port = freePort();
			String redirectUri = "http://localhost:" + port + "/oauth";
			webex.simulator().registerClient("restart-client", "test-secret", "Restart test",
					AppInstance.DEFAULT_SCOPES,
					Set.of(redirectUri));
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("server.port", Integer.toString(port));
			properties.put("webex.data-dir", Files.createTempDirectory("webex-restart").toString());
			properties.put("webex.client-id", "restart-client");
			properties.put("webex.client-secret", "test-secret");
			properties.put("webex.api-base-url", webex.apiBaseUrl());
			properties.put("webex.redirect-uri", redirectUri);
			Browser browser = new Browser(port);

			try (AppInstance first = AppInstance.start(properties)) {
				assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
			}
			long tokenRequests = webex.simulator().tokenRequests();

			try (AppInstance second = AppInstance.start(properties)) {
				HttpResponse<String> spaces = browser.get("/spaces");
				assertThat(spaces.statusCode()).isEqualTo(200);
				assertThat(spaces.body()).contains("Your spaces");
				assertThat(browser.get("/").body()).contains("Connected to Webex");
			}
			assertThat(webex.simulator().tokenRequests()).as("no new trip to Webex's token endpoint")
				.isEqualTo(tokenRequests);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
