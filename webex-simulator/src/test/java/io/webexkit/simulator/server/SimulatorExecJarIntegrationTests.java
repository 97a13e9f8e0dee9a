package io.webexkit.simulator.server;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar webex-simulator-<version>-exec.jar}, configured as the README's standalone simulator is. */
class SimulatorExecJarIntegrationTests {

	@Test
	void javaJarWhenConfiguredByVariablesThenServesTheIntegrationAndOperatorEndpoints() throws Exception {
		Map<String, String> variables = Map.of("WEBEX_CLIENT_ID", "exec-jar-test", "WEBEX_CLIENT_SECRET",
				"exec-jar-secret", "SERVER_PORT", "0", "WEBEX_SIMULATOR_PEOPLE", "2");
		try (JarProcess jar = JarProcess.start(JarProcess.packaged("webex.exec-jar"), variables)) {
			ServerHttp http = new ServerHttp(jar.origin());

			HttpResponse<String> stats = http.get("/simulator/stats");
			assertThat(JsonMapper.builder().build().readTree(stats.body()).get("people").asInt()).isEqualTo(5);
			String authorize = "/v1/authorize?" + ServerHttp.form(Map.of("client_id", "exec-jar-test",
					"response_type", "code", "redirect_uri", "http://localhost:10060/oauth", "scope",
					"spark:rooms_read"));
			assertThat(http.get(authorize).statusCode()).as("consent page for the default redirect URI")
				.isEqualTo(200);
			assertThat(jar.output()).contains("WEBEX_CLIENT_ID=exec-jar-test").doesNotContain("exec-jar-secret");
		}
	}

	@Test
	void execJarWhenPackagedThenWithoutTheTestSupportsOptionalLibraries() throws Exception {
		try (JarFile jar = new JarFile(JarProcess.packaged("webex.exec-jar").toFile())) {
			List<String> libraries = jar.stream().map(JarEntry::getName).filter((n) -> n.startsWith("BOOT-INF/lib/")).toList();

			assertThat(libraries).anyMatch((name) -> name.startsWith("BOOT-INF/lib/spring-webmvc-"))
				.noneMatch((name) -> name.startsWith("BOOT-INF/lib/spring-test-"))
				.noneMatch((name) -> name.startsWith("BOOT-INF/lib/spring-security-"));
		}
	}

}
