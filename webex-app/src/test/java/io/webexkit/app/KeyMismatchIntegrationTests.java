package io.webexkit.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.spring.StartupRefusedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start with the wrong token key (a rotation done with only the new key, a typo, a lost or regenerated key file)
 * must not cost a single grant: the app refuses to start, naming the variable, the missing key id and how many grants
 * use it, and leaves every row byte for byte as it was; started again with the right key, every user is still
 * connected.
 */
class KeyMismatchIntegrationTests {

	private StandaloneSimulator webex;

	private Path dataDir;

	private int port;

	private final List<Browser> users = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.webex = StandaloneSimulator.start();
		this.port = freePort();
		this.dataDir = Files.createTempDirectory("webex-key-mismatch");
		this.webex.simulator()
			.registerClient("key-client", "test-secret", "Key test", AppInstance.DEFAULT_SCOPES,
					Set.of("http://localhost:" + this.port + "/oauth"));
	}

	@AfterEach
	void stop() {
		this.webex.close();
	}

	@Test
	void startWhenTokenKeyIsNotTheOneThatWroteTheGrantsThenRefusedAndNothingChangesUntilTheRightKeyIsBack()
			throws Exception { // E3
		String rightKey = AppInstance.randomTokenKey();
		connectTwoUsers(Map.of("webex.token-key", rightKey));
		List<Map<String, Object>> before = rows();

		String newKeyOnly = AppInstance.randomTokenKey();
		StartupRefusedException refused = refusedStart(Map.of("webex.token-key", newKeyOnly));
		assertThat(refused.getMessage()).contains("WEBEX_TOKEN_KEY")
			.contains(keyId(before))
			.contains("2 grants")
			.contains("Nothing was changed or deleted")
			.doesNotContain(rightKey)
			.doesNotContain(newKeyOnly);
		assertThat(refused.action()).contains("WEBEX_TOKEN_KEY=\"<new>,<old>\"");
		assertThat(rows()).usingRecursiveComparison().isEqualTo(before);

		// the rotation done right: the new key first, the old one after it
		assertStillConnected(Map.of("webex.token-key", newKeyOnly + "," + rightKey));
	}

	@Test
	void startWhenGeneratedKeyFileWasReplacedThenRefusedAndRestoringItReconnectsEveryone() throws Exception { // E3
		connectTwoUsers(Map.of());
		Path keyFile = this.dataDir.resolve("token.key");
		String original = Files.readString(keyFile);
		List<Map<String, Object>> before = rows();

		Files.writeString(keyFile, AppInstance.randomTokenKey() + "\n");
		StartupRefusedException refused = refusedStart(Map.of());
		assertThat(refused.getMessage()).contains("token.key").contains(keyId(before)).contains("2 grants");
		assertThat(rows()).usingRecursiveComparison().isEqualTo(before);

		Files.writeString(keyFile, original);
		assertStillConnected(Map.of());
	}

	private void connectTwoUsers(Map<String, String> extra) {
		try (AppInstance app = AppInstance.start(properties(extra))) {
			for (SimulatedPerson person : this.webex.simulator().users().subList(0, 2)) {
				Browser browser = new Browser(this.port);
				assertThat(GrantFlow.connect(browser, person.id()).statusCode()).isEqualTo(200);
				this.users.add(browser);
			}
		}
	}

	private void assertStillConnected(Map<String, String> extra) {
		try (AppInstance app = AppInstance.start(properties(extra))) {
			for (Browser user : this.users) {
				assertThat(user.get("/").body()).contains("Connected to Webex");
				assertThat(user.get("/spaces").statusCode()).isEqualTo(200);
			}
		}
	}

	private StartupRefusedException refusedStart(Map<String, String> extra) {
		return RefusedStart.of(properties(extra));
	}

	private Map<String, String> properties(Map<String, String> extra) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("server.port", Integer.toString(this.port));
		properties.put("webex.data-dir", this.dataDir.toString());
		properties.put("webex.client-id", "key-client");
		properties.put("webex.client-secret", "test-secret");
		properties.put("webex.api-base-url", this.webex.apiBaseUrl());
		properties.put("webex.redirect-uri", "http://localhost:" + this.port + "/oauth");
		properties.putAll(extra);
		return properties;
	}

	/** Every grant row, every column, read straight from the database file while no app runs. */
	private List<Map<String, Object>> rows() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + this.dataDir + "/webex", "sa", "")) {
			return JdbcClient.create(new SingleConnectionDataSource(connection, true))
				.sql("SELECT * FROM webex_grant ORDER BY person_id")
				.query()
				.listOfRows();
		}
	}

	private static String keyId(List<Map<String, Object>> rows) {
		return (String) rows.get(0).get("KEY_ID");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
