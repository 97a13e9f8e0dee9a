package io.webexkit.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.webexkit.simulator.server.SimulatorLauncher;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standalone simulator started from the app's own classpath ({@code java -jar webex-app.jar simulator}), where the
 * app's {@code application.yml}, database, security and sessions are all within reach: it must use none of them.
 */
class SimulatorCommandIntegrationTests {

	private static final Pattern SERVING = Pattern.compile("Simulated Webex at (http://[^ ]+)/v1");

	@Test
	void startWhenOnTheAppsClasspathThenOnlyTheWebServerAndTheSimulatorAreThere() {
		try (ConfigurableApplicationContext context = SimulatorLauncher.start("--server.port=0",
				"--server.shutdown=immediate", "--webex.client-id=command-test",
				"--webex.client-secret=" + AppInstance.randomTokenKey())) {
			assertThat(context.getEnvironment().getProperty("spring.flyway.locations")).as("not the app's settings")
				.isNull();
			assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
			assertThat(context.containsBean("springSecurityFilterChain")).isFalse();
			assertThat(context.containsBean("springSessionRepositoryFilter")).isFalse();
		}
	}

	@Test
	void javaJarSimulatorWhenConfiguredByVariablesThenServesAsTheReadmeSays() throws Exception {
		String jar = System.getProperty("webex.app-jar");
		assertThat(jar).as("the packaged app (run this test through mvn verify)").isNotNull();
		assertThat(Files.isRegularFile(Path.of(jar))).as(jar).isTrue();
		ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar, SimulatorLauncher.COMMAND).redirectErrorStream(true);
		command.environment().keySet().removeIf((name) -> name.startsWith("WEBEX_") || name.startsWith("SERVER_"));
		command.environment().put("WEBEX_CLIENT_ID", "command-jar-test");
		command.environment().put("WEBEX_CLIENT_SECRET", "command-jar-secret");
		command.environment().put("SERVER_PORT", "0");
		Process process = command.start();
		try {
			URI origin = serving(process).get(90, TimeUnit.SECONDS);
			Browser http = new Browser(origin.getPort());

			HttpResponse<String> stats = http.get("/simulator/stats");
			assertThat(stats.statusCode()).isEqualTo(200);
			assertThat(stats.body()).contains("\"people\":3");
			String authorize = "/v1/authorize?client_id=command-jar-test&response_type=code&scope=spark:rooms_read"
					+ "&redirect_uri=http%3A%2F%2Flocalhost%3A10060%2Foauth";
			assertThat(http.get(authorize).statusCode()).as("consent page for the default redirect URI")
				.isEqualTo(200);
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	/** Where the process says it serves; its output is read (and echoed) until it exits. */
	private static CompletableFuture<URI> serving(Process process) {
		CompletableFuture<URI> serving = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = lines.readLine()) != null) {
					System.out.println(line);
					Matcher matcher = SERVING.matcher(line);
					if (matcher.find()) {
						serving.complete(URI.create(matcher.group(1)));
					}
				}
				serving.completeExceptionally(new IllegalStateException("exited without serving"));
			}
			catch (Exception ex) {
				serving.completeExceptionally(ex);
			}
		}, "simulator-command-output");
		reader.setDaemon(true);
		reader.start();
		return serving;
	}

}
