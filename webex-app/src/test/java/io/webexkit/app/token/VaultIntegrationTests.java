package io.webexkit.app.token;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.AppInstance;
import io.webexkit.app.Browser;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.RefreshRotation;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.Concurrently;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The vault and the refresh coordinator in the running app, against the simulator over real HTTP. */
@AppIntegrationTest
class VaultIntegrationTests {

	private static final Path dataDir = TestDataDirectory.shared();

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	DataSource dataSource;

	@Autowired
	TokenVault vault;

	@AfterEach
	void reset() {
		this.simulator.reset();
		JdbcClient.create(this.dataSource).sql("DELETE FROM webex_grant").update();
	}

	@Test
	void spacesWhenFiftyConcurrentRequestsAfterWebexExpiredTheTokenThenOneRefreshAndAllSucceed() throws Exception { // G1, D3
		Browser browser = new Browser(this.port);
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		this.simulator.expireAllAccessTokens();
		long before = this.simulator.tokenRequests("refresh_token");

		List<Integer> statuses = Concurrently.run(50, () -> browser.get("/spaces").statusCode());

		assertThat(statuses).hasSize(50).containsOnly(200);
		assertThat(this.simulator.tokenRequests("refresh_token") - before).isEqualTo(1);
	}

	@Test
	void spacesWhenRotationRevokesFamilyAndRepeatedExpiriesThenNeverAnError() throws Exception { // G4
		this.simulator.behavior().setRefreshRotation(RefreshRotation.ROTATE_REVOKE_FAMILY);
		Browser browser = new Browser(this.port);
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		for (int round = 0; round < 3; round++) {
			this.simulator.expireAllAccessTokens();
			assertThat(Concurrently.run(20, () -> browser.get("/spaces").statusCode())).containsOnly(200);
		}
		assertThat(this.simulator.tokenRequests("refresh_token")).isEqualTo(3);
	}

	@Test
	void spacesWhenGrantRevokedAtWebexThenGrantDeletedAndGrantOffered() { // C19
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		String person = this.simulator.users().get(0).id();
		this.simulator.revokeGrants(person);
		this.simulator.expireAllAccessTokens();

		HttpResponse<String> page = browser.get("/spaces");
		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(page.body()).contains("GRANT");
		assertThat(this.vault.count()).isZero();
		long refreshes = this.simulator.tokenRequests("refresh_token");
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(401);
		assertThat(this.simulator.tokenRequests("refresh_token")).as("no retry loop").isEqualTo(refreshes);
	}

	@Test
	void grantWhenTokenResponseHasNoScopeThenRequestedScopesStoredAndFeaturesAvailable() { // C7
		this.simulator.behavior().setOmitTokenType(true); // Webex's documented example: no token_type, no scope
		Browser browser = new Browser(this.port);
		assertThat(GrantFlow.connect(browser).statusCode()).isEqualTo(200);
		String person = this.simulator.users().get(0).id();
		assertThat(this.vault.find("webex-simulator", person).orElseThrow().scopes())
			.containsExactlyInAnyOrder(AppInstance.REQUESTED_SCOPES.split(" "));
	}

	@Test
	void databaseWhenGrantStoredThenNoTokenInTheTableOrTheDatabaseFiles() throws Exception { // E1
		GrantFlow.connect(new Browser(this.port));
		this.simulator.expireAllAccessTokens();
		GrantFlow.connect(new Browser(this.port));
		List<String> tokens = this.simulator.issuedTokens();
		assertThat(tokens).isNotEmpty();

		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM webex_grant").query().listOfRows();
		assertThat(rows).isNotEmpty();
		String table = rows.toString() + rows.stream()
			.flatMap((row) -> row.values().stream())
			.filter(byte[].class::isInstance)
			.map((bytes) -> new String((byte[]) bytes, StandardCharsets.ISO_8859_1))
			.reduce("", String::concat);
		jdbc.sql("CHECKPOINT SYNC").update();
		StringBuilder files = new StringBuilder();
		try (Stream<Path> paths = Files.walk(dataDir)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				files.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
			}
		}
		for (String token : tokens) {
			assertThat(table).doesNotContain(token);
			assertThat(files.toString()).doesNotContain(token);
		}
	}

	@Test
	void disconnectWhenPostedWithCsrfTokenThenGrantDeletedAndGrantOfferedAgain() {
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.body()).contains("Disconnect");

		HttpResponse<String> disconnected = browser.follow(browser.post("/disconnect", Browser.hiddenInputs(home.body())));
		assertThat(disconnected.body()).contains("GRANT");
		assertThat(this.vault.count()).isZero();
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(401);
		assertThat(GrantFlow.connect(browser).statusCode()).as("GRANT again works").isEqualTo(200);
	}

	@Test
	void homeWhenStoredGrantTamperedThenGrantAgainOfferedWithTheReasonAndTheNewGrantReplacesTheRow() { // E2
		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("UPDATE webex_grant SET access_token = refresh_token").update();

		HttpResponse<String> home = browser.get("/");
		assertThat(home.body()).contains("could not be read back safely").contains("GRANT");
		HttpResponse<String> spaces = browser.get("/spaces");
		assertThat(spaces.statusCode()).isEqualTo(401);
		assertThat(spaces.body()).contains("could not be read back safely");
		assertThat(this.vault.count()).as("the row is kept").isOne();

		assertThat(GrantFlow.connect(browser).statusCode()).as("GRANT again works").isEqualTo(200);
		assertThat(browser.get("/").body()).contains("Connected to Webex");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM webex_grant WHERE unreadable_since IS NULL").query(Long.class)
			.single()).isOne();
	}

}
