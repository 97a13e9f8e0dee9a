package io.webexkit.spring.vault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.webexkit.spring.TestKeys;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.TokenKeyUnavailableException;
import io.webexkit.spring.refresh.CoordinatorFixture;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Key rotation end to end on a real database: old rows still read, then get rewritten under the new key. */
class KeyRotationTests {

	private final CoordinatorFixture fixture = new CoordinatorFixture();

	@Test
	void reencryptAllWhenKeyRotatedThenOldRowsReadableAndRewrittenUnderNewKey() { // E3
		this.fixture.store("alice", CoordinatorFixture.START.plus(Duration.ofDays(1)));
		String oldKey = this.fixture.keyBase64();
		String newKey = TestKeys.random();
		TokenKeyRing rotated = TokenKeyRing.load(newKey + "," + oldKey, Path.of("."), false);
		TokenVault vault = new TokenVault(JdbcClient.create(this.fixture.dataSource), rotated, this.fixture.clock, this.fixture.metrics);

		assertThat(vault.find("webex", "alice").orElseThrow().accessToken()).isEqualTo("access-initial");
		assertThat(keyIds()).containsExactly(TokenKeyRing.load(oldKey, Path.of("."), false).current().id());

		assertThat(vault.reencryptAll()).isEqualTo(1);
		assertThat(keyIds()).containsExactly(rotated.current().id());
		TokenVault newKeyOnly = new TokenVault(JdbcClient.create(this.fixture.dataSource),
				TokenKeyRing.load(newKey, Path.of("."), false), this.fixture.clock, this.fixture.metrics);
		assertThat(newKeyOnly.find("webex", "alice").orElseThrow().refreshToken()).isEqualTo("refresh-initial");
		assertThat(vault.reencryptAll()).isZero();
	}

	@Test
	void findWhenNoConfiguredKeyWroteTheRowThenKeyUnavailableAndRowUntouched() { // E3
		this.fixture.store("alice", CoordinatorFixture.START.plus(Duration.ofDays(1)));
		List<Map<String, Object>> before = rows();
		TokenVault wrongKey = new TokenVault(JdbcClient.create(this.fixture.dataSource),
				TokenKeyRing.load(TestKeys.random(), Path.of("."), false), this.fixture.clock, this.fixture.metrics);
		assertThatExceptionOfType(TokenKeyUnavailableException.class)
			.isThrownBy(() -> wrongKey.find("webex", "alice"));
		assertThat(wrongKey.reencryptAll()).isZero();
		assertThat(rows()).usingRecursiveComparison().isEqualTo(before);
		assertThat(this.fixture.vault.find("webex", "alice")).isPresent();
	}

	@Test
	void reencryptAllWhenARowIsTamperedThenItIsMarkedAndKeptAndTheOthersRewritten() { // E2, E3
		this.fixture.store("alice", CoordinatorFixture.START.plus(Duration.ofDays(1)));
		this.fixture.store("mallory", CoordinatorFixture.START.plus(Duration.ofDays(1)));
		JdbcClient.create(this.fixture.dataSource)
			.sql("UPDATE webex_grant SET access_token = refresh_token WHERE person_id = 'mallory'")
			.update();
		TokenKeyRing rotated = TokenKeyRing.load(TestKeys.random() + "," + this.fixture.keyBase64(), Path.of("."),
				false);
		TokenVault vault = new TokenVault(JdbcClient.create(this.fixture.dataSource), rotated, this.fixture.clock,
				this.fixture.metrics);
		assertThat(vault.reencryptAll()).isEqualTo(1);
		assertThat(vault.find("webex", "alice")).isPresent();
		assertThat(vault.lookup("webex", "mallory").unreadable()).isTrue();
		assertThat(vault.count()).isEqualTo(2);
	}

	private List<Map<String, Object>> rows() {
		return JdbcClient.create(this.fixture.dataSource)
			.sql("SELECT * FROM webex_grant ORDER BY person_id")
			.query()
			.listOfRows();
	}

	private List<String> keyIds() {
		return JdbcClient.create(this.fixture.dataSource)
			.sql("SELECT key_id FROM webex_grant")
			.query(String.class)
			.list();
	}

}
