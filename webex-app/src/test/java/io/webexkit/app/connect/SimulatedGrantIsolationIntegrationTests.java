package io.webexkit.app.connect;

import java.sql.Blob;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.refresh.GrantKeeper;
import io.webexkit.spring.vault.StoredGrant;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simulator mode on a database that also holds grants from real Webex (the same data directory used both ways):
 * simulated sign-ins, refreshes and disconnects live under {@code webex-simulator} and never touch a {@code webex}
 * row, even for the same person id.
 */
@AppIntegrationTest
class SimulatedGrantIsolationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	TokenVault vault;

	@Autowired
	GrantKeeper keeper;

	@Autowired
	DataSource dataSource;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void simulatedGrantsWhenSignedInRefreshedAndDisconnectedThenRealWebexRowUntouched() {
		String person = this.simulator.users().get(0).id();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		// due for a refresh, so a sweep that looked at it would rewrite or delete it
		this.vault.save(new StoredGrant("webex", person, "real-access", now.minus(Duration.ofDays(14)),
				now.plus(Duration.ofMinutes(1)), "real-refresh", now.minus(Duration.ofDays(14)),
				now.plus(Duration.ofDays(3)), Set.of("spark:rooms_read"), 0, 0, null));
		Map<String, String> before = realRow();

		Browser browser = new Browser(this.port);
		assertThat(GrantFlow.connect(browser, person).statusCode()).isEqualTo(200);
		assertThat(this.vault.find("webex-simulator", person)).isPresent();
		this.simulator.expireAllAccessTokens();
		assertThat(browser.get("/spaces").statusCode()).isEqualTo(200);
		assertThat(this.simulator.tokenRequests("refresh_token")).isEqualTo(1);
		this.keeper.sweep();
		String csrf = Browser.hiddenInputs(browser.get("/").body()).get("_csrf");
		assertThat(browser.post("/disconnect", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
		assertThat(this.vault.find("webex-simulator", person)).isEmpty();
		assertThat(GrantFlow.connect(browser, person).statusCode()).isEqualTo(200);

		assertThat(realRow()).isEqualTo(before);
		assertThat(this.simulator.tokenRequests("refresh_token")).as("the real grant was never refreshed")
			.isEqualTo(1);
	}

	/** Every column of the {@code webex} row: binary ones byte for byte, the others as their exact values. */
	private Map<String, String> realRow() {
		return JdbcClient.create(this.dataSource)
			.sql("SELECT * FROM webex_grant WHERE registration_id = 'webex'")
			.query((rs, n) -> {
				Map<String, String> columns = new LinkedHashMap<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					Object value = rs.getObject(i);
					if (value instanceof Blob blob) {
						value = HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
					}
					columns.put(rs.getMetaData().getColumnName(i), String.valueOf(value));
				}
				return columns;
			})
			.single();
	}

}
