package io.webexkit.app.token;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The refresh coordinator against a real (H2) database and a fake token endpoint. */
class RefreshCoordinatorTests {

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private final FakeTokenEndpoint endpoint = new FakeTokenEndpoint();

	private DataSource dataSource;

	private TokenVault vault;

	private RefreshCoordinator coordinator;

	private ExecutorService pool;

	@BeforeEach
	void setUp() {
		DataSource dataSource = this.dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
		TokenKeyRing keys = TokenKeyRing.load(TokenCipherTests.key(), java.nio.file.Path.of("."), false);
		this.vault = new TokenVault(JdbcClient.create(dataSource), keys, this.clock);
		ClientRegistration registration = ClientRegistration.withRegistrationId("webex")
			.clientId("id")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/oauth")
			.authorizationUri("http://localhost/v1/authorize")
			.tokenUri("http://localhost/v1/access_token")
			.build();
		this.coordinator = new RefreshCoordinator(this.vault, () -> registration, this.endpoint,
				new TransactionTemplate(new DataSourceTransactionManager(dataSource)), this.clock,
				Duration.ofMinutes(5));
		this.pool = Executors.newFixedThreadPool(50);
	}

	@AfterEach
	void tearDown() {
		this.pool.shutdownNow();
	}

	@Test
	void accessTokenWhenFreshThenNoRefresh() {
		store("alice", START.plus(Duration.ofDays(10)));
		assertThat(this.coordinator.accessToken("alice")).isEqualTo("access-initial");
		assertThat(this.endpoint.refreshes).hasValue(0);
	}

	@Test
	void accessTokenWhenFiftyConcurrentCallersAndExpiredThenOneRefreshAndFiftySuccesses() throws Exception { // G1
		store("alice", START.minusSeconds(1));
		List<String> tokens = concurrently(50, () -> this.coordinator.accessToken("alice"));
		assertThat(this.endpoint.refreshes).hasValue(1);
		assertThat(tokens).hasSize(50).containsOnly("access-1");
	}

	@Test
	void accessTokenWhenRotatingAndRepeatedExpiriesThenNoReplacedRefreshTokenPresented() throws Exception { // G4
		this.endpoint.rotate = true;
		store("alice", START.minusSeconds(1));
		for (int round = 1; round <= 3; round++) {
			List<String> tokens = concurrently(50, () -> this.coordinator.accessToken("alice"));
			assertThat(tokens).containsOnly("access-" + round);
			this.clock.advance(Duration.ofDays(15));
		}
		assertThat(this.endpoint.refreshes).hasValue(3);
		assertThat(this.endpoint.presentedReplaced).isEmpty();
		assertThat(this.vault.find("webex", "alice").orElseThrow().refreshToken()).isEqualTo("refresh-3");
	}

	@Test
	void replaceWhenVersionIsStaleThenWriteLoses() { // G3
		store("alice", START.plus(Duration.ofDays(1)));
		StoredGrant read = this.vault.find("webex", "alice").orElseThrow();
		StoredGrant newer = copy(read, "access-newer", "refresh-newer");
		assertThat(this.vault.replace(newer, read.version())).isTrue();
		StoredGrant stale = copy(read, "access-stale", "refresh-stale");
		assertThat(this.vault.replace(stale, read.version())).isFalse();
		assertThat(this.vault.find("webex", "alice").orElseThrow().refreshToken()).isEqualTo("refresh-newer");
	}

	@Test
	void accessTokenWhenRefreshIsInvalidGrantThenGrantDeletedAndNoRetryLoop() { // C19
		store("alice", START.minusSeconds(1));
		this.endpoint.mode = FakeTokenEndpoint.Mode.INVALID_GRANT;
		assertThatExceptionOfType(GrantRequiredException.class)
			.isThrownBy(() -> this.coordinator.accessToken("alice"));
		assertThat(this.vault.find("webex", "alice")).isEmpty();
		assertThatExceptionOfType(GrantRequiredException.class)
			.isThrownBy(() -> this.coordinator.accessToken("alice"));
		assertThat(this.endpoint.refreshes).hasValue(1);
	}

	@Test
	void accessTokenWhenRefreshFailsTransientlyAndTokenStillValidThenOldTokenUsedAndBackoff() { // C20, H5
		store("alice", START.plus(Duration.ofMinutes(2)));
		this.endpoint.mode = FakeTokenEndpoint.Mode.SERVER_ERROR;
		assertThat(this.coordinator.accessToken("alice")).isEqualTo("access-initial");
		assertThat(this.coordinator.accessToken("alice")).isEqualTo("access-initial");
		assertThat(this.endpoint.refreshes).as("backed off after the first failure").hasValue(1);
		StoredGrant kept = this.vault.find("webex", "alice").orElseThrow();
		assertThat(kept.refreshToken()).isEqualTo("refresh-initial");
		assertThat(kept.nextRefreshAttemptAt()).isAfter(START);

		this.endpoint.mode = FakeTokenEndpoint.Mode.OK;
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.coordinator.accessToken("alice")).isEqualTo("access-2");
	}

	@Test
	void accessTokenWhenRefreshFailsTransientlyAndTokenExpiredThenRetryableErrorAndTokensKept() { // C20
		store("alice", START.minusSeconds(1));
		this.endpoint.mode = FakeTokenEndpoint.Mode.SERVER_ERROR;
		assertThatExceptionOfType(TokenRefreshUnavailableException.class)
			.isThrownBy(() -> this.coordinator.accessToken("alice"));
		assertThat(this.vault.find("webex", "alice").orElseThrow().refreshToken()).isEqualTo("refresh-initial");
	}

	@Test
	void refreshAfterUnauthorizedWhenAnotherCallerAlreadyRefreshedThenNoSecondRefresh() { // D3
		store("alice", START.plus(Duration.ofDays(10)));
		String first = this.coordinator.refreshAfterUnauthorized("alice", "access-initial");
		assertThat(first).isEqualTo("access-1");
		String second = this.coordinator.refreshAfterUnauthorized("alice", "access-initial");
		assertThat(second).isEqualTo("access-1");
		assertThat(this.endpoint.refreshes).hasValue(1);
	}

	@Test
	void accessTokenWhenNoGrantThenGrantRequired() {
		assertThatExceptionOfType(GrantRequiredException.class)
			.isThrownBy(() -> this.coordinator.accessToken("nobody"));
	}

	@Test
	void findWhenCiphertextTamperedInDatabaseThenTreatedAsGrantAgain(/* E2 */) {
		store("alice", START.plus(Duration.ofDays(1)));
		// swap the access and refresh ciphertexts: each is valid AES-GCM, but bound to the other column
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("UPDATE webex_grant SET access_token = refresh_token, refresh_token = access_token").update();
		assertThatExceptionOfType(GrantRequiredException.class)
			.isThrownBy(() -> this.coordinator.accessToken("alice"));
		assertThat(this.vault.count()).isZero();
	}

	private void store(String person, Instant accessExpiresAt) {
		this.vault.save(new StoredGrant("webex", person, "access-initial", START.minus(Duration.ofDays(14)),
				accessExpiresAt.truncatedTo(ChronoUnit.MILLIS), "refresh-initial", START.minus(Duration.ofDays(14)),
				START.plus(Duration.ofDays(60)), Set.of("spark:rooms_read"), 0, 0, null));
	}

	private static StoredGrant copy(StoredGrant g, String access, String refresh) {
		return new StoredGrant(g.registrationId(), g.personId(), access, g.accessIssuedAt(), g.accessExpiresAt(),
				refresh, g.refreshIssuedAt(), g.refreshExpiresAt(), g.scopes(), g.version(), 0, null);
	}

	private <T> List<T> concurrently(int n, Callable<T> task) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			futures.add(this.pool.submit(() -> {
				go.await();
				return task.call();
			}));
		}
		go.countDown();
		List<T> results = new ArrayList<>();
		for (Future<T> future : futures) {
			results.add(future.get());
		}
		return results;
	}

}
