package io.webexkit.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.simulator.server.SimulatorLauncher;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "several instances" set-up in small: the app against the standalone simulator, both configured only
 * by the four variables they share, and every generated person able to connect.
 */
class SharedSimulatorIntegrationTests {

	@Test
	void grantWhenAppUsesStandaloneSimulatorThenEveryGeneratedPersonConnects() throws IOException {
		int port = freePort();
		Map<String, String> shared = new LinkedHashMap<>();
		shared.put("webex.client-id", "shared-simulator-test");
		shared.put("webex.client-secret", AppInstance.randomTokenKey());
		shared.put("webex.redirect-uri", "http://localhost:" + port + "/oauth");
		String[] simulatorArgs = shared.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		String[] args = new String[simulatorArgs.length + 3];
		System.arraycopy(simulatorArgs, 0, args, 0, simulatorArgs.length);
		args[simulatorArgs.length] = "--server.port=0";
		args[simulatorArgs.length + 1] = "--server.shutdown=immediate";
		args[simulatorArgs.length + 2] = "--webex.simulator.people=3";

		try (ConfigurableApplicationContext webex = SimulatorLauncher.start(args)) {
			Map<String, String> properties = new LinkedHashMap<>(shared);
			properties.put("webex.api-base-url", SimulatorLauncher.origin(webex) + "/v1");
			properties.put("server.port", Integer.toString(port));
			properties.put("webex.data-dir", Files.createTempDirectory("webex-shared").toString());
			WebexSimulator simulator = webex.getBean(WebexSimulator.class);
			try (AppInstance app = AppInstance.start(properties)) {
				for (SimulatedPerson person : simulator.users().subList(3, 6)) {
					HttpResponse<String> spaces = GrantFlow.connect(new Browser(port), person.id());

					assertThat(spaces.statusCode()).isEqualTo(200);
					assertThat(spaces.body()).contains(person.displayName()).contains("Your spaces");
				}
			}
			assertThat(simulator.tokenRequests("authorization_code")).isEqualTo(3);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
