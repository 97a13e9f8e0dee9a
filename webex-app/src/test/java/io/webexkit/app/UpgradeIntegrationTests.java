package io.webexkit.app;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.webexkit.app.connect.GrantFlow;
import io.webexkit.spring.vault.StoredGrant;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database written by the first release (Spring Session tables, the grant table under the app's own Flyway
 * history) is upgraded in place: every grant is kept and still works, the session tables go.
 */
class UpgradeIntegrationTests {

	/** The grant table's columns as the first release created them. */
	private static final List<String> FIRST_RELEASE_COLUMNS = List.of("registration_id", "person_id", "key_id",
			"access_token", "access_token_issued_at", "access_token_expires_at", "refresh_token",
			"refresh_token_issued_at", "refresh_token_expires_at", "scopes", "version", "refresh_failures",
			"next_refresh_attempt_at", "created_at", "updated_at");

	@Test
	void startWhenTheDatabaseIsTheFirstReleasesThenEveryGrantIsKeptAndStillWorks() throws IOException {
		try (StandaloneSimulator webex = StandaloneSimulator.start()) {
			int port = freePort();
			String redirectUri = "http://localhost:" + port + "/oauth";
			webex.simulator().registerClient("upgrade-client", "test-secret", "Upgrade test",
					AppInstance.DEFAULT_SCOPES, Set.of(redirectUri));
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("server.port", Integer.toString(port));
			properties.put("webex.token-key", AppInstance.randomTokenKey());
			properties.put("webex.client-id", "upgrade-client");
			properties.put("webex.client-secret", "test-secret");
			properties.put("webex.api-base-url", webex.apiBaseUrl());
			properties.put("webex.redirect-uri", redirectUri);
			Browser browser = new Browser(port);

			// a grant as the vault encrypts it, taken from a current database
			Map<String, Object> row = new LinkedHashMap<>();
			StoredGrant granted;
			properties.put("webex.data-dir", Files.createTempDirectory("webex-current").toString());
			try (AppInstance current = AppInstance.start(properties)) {
				assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
				current.jdbc()
					.sql("SELECT " + String.join(", ", FIRST_RELEASE_COLUMNS) + " FROM webex_grant")
					.query()
					.singleRow()
					.forEach((column, value) -> row.put(column.toLowerCase(Locale.ROOT), value));
				granted = current.context().getBean(TokenVault.class)
					.find((String) row.get("registration_id"), (String) row.get("person_id"))
					.orElseThrow();
			}

			// the same grant in a database of the first release, next to a stored session
			Path firstRelease = Files.createTempDirectory("webex-first-release");
			JdbcClient old = firstReleaseDatabase(firstRelease);
			old.sql("INSERT INTO webex_grant (" + String.join(", ", FIRST_RELEASE_COLUMNS) + ") VALUES (:"
					+ String.join(", :", FIRST_RELEASE_COLUMNS) + ")").params(row).update();
			old.sql("INSERT INTO SPRING_SESSION VALUES ('p1', 's1', 0, 0, 1800, 1800000, :person)")
				.param("person", row.get("person_id"))
				.update();
			long tokenRequests = webex.simulator().tokenRequests();

			properties.put("webex.data-dir", firstRelease.toString());
			try (AppInstance upgraded = AppInstance.start(properties)) {
				StoredGrant kept = upgraded.context().getBean(TokenVault.class)
					.find(granted.registrationId(), granted.personId())
					.orElseThrow();
				assertThat(kept.accessToken()).isEqualTo(granted.accessToken());
				assertThat(kept.refreshToken()).isEqualTo(granted.refreshToken());
				HttpResponse<String> spaces = browser.get("/spaces");
				assertThat(spaces.statusCode()).isEqualTo(200);
				assertThat(spaces.body()).contains("Your spaces");
				assertThat(upgraded.jdbc()
					.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME LIKE 'SPRING_SESSION%'")
					.query(Integer.class)
					.single()).as("the session tables are gone").isZero();
			}
			assertThat(webex.simulator().tokenRequests()).as("no new trip to Webex's token endpoint")
				.isEqualTo(tokenRequests);
		}
	}

	/** The app's database in {@code dataDir} as the first release's migrations left it. */
	private static JdbcClient firstReleaseDatabase(Path dataDir) {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:file:" + dataDir + "/webex", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:upgrade/first-release/h2").load().migrate();
		return JdbcClient.create(dataSource);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
