package io.webexkit.spring.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.webexkit.spring.Concurrently;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.MutableClock;
import io.webexkit.spring.TokenRefreshUnavailableException;
import io.webexkit.spring.vault.StoredGrant;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The refresh coordinator against a real (H2) database and a fake token endpoint. */
class RefreshCoordinatorTests {

	private static final Instant START = CoordinatorFixture.START;

	private final CoordinatorFixture fixture = new CoordinatorFixture();

	private final MutableClock clock = this.fixture.clock;

	private final FakeTokenEndpoint endpoint = this.fixture.endpoint;

	private final DataSource dataSource = this.fixture.dataSource;

	private final TokenVault vault = this.fixture.vault;

	private final RefreshCoordinator coordinator = this.fixture.coordinator;

	@Test
	void accessTokenWhenFreshThenNoRefresh() {
		store("alice", START.plus(Duration.ofDays(10)));
		assertThat(this.coordinator.accessToken("alice")).isEqualTo("access-initial");
		assertThat(this.endpoint.refreshes).hasValue(0);
	}

	@Test
	void accessTokenWhenFiftyConcurrentCallersAndExpiredThenOneRefreshAndFiftySuccesses() throws Exception { // G1
		store("alice", START.minusSeconds(1));
		// long enough that, on a busy machine too, other callers arrive while the refresh is in flight
		this.endpoint.latency = Duration.ofMillis(500);
		List<String> tokens = Concurrently.run(50, () -> this.coordinator.accessToken("alice"));
		assertThat(this.endpoint.refreshes).hasValue(1);
		assertThat(tokens).hasSize(50).containsOnly("access-1");
		assertThat(this.fixture.meters.get("webex.token.refresh").tag("outcome", "ok").timer().count()).isEqualTo(1);
		// callers that arrive after the refresh committed take the fast path and do not count as joins
		assertThat(this.fixture.meters.get("webex.token.refresh.joined").counter().count()).isBetween(1.0, 49.0);
	}

	@Test
	void accessTokenWhenManyUsersExpiredAtOnceThenOneRefreshEachAndNeverMoreInFlightThanTheBound() throws Exception {
		for (int i = 0; i < 40; i++) {
			store("user-" + i, START.minusSeconds(1));
		}
		AtomicInteger next = new AtomicInteger();
		List<String> tokens = Concurrently.run(200,
				() -> this.coordinator.accessToken("user-" + (next.getAndIncrement() % 40)));
		assertThat(tokens).hasSize(200).allMatch((token) -> token.startsWith("access-"));
		assertThat(this.endpoint.refreshes).hasValue(40);
		assertThat(this.endpoint.maxConcurrent.get()).isBetween(2, CoordinatorFixture.CONCURRENCY);
	}

	@Test
	void accessTokenWhenRotatingAndRepeatedExpiriesThenNoReplacedRefreshTokenPresented() throws Exception { // G4
		this.endpoint.rotate = true;
		store("alice", START.minusSeconds(1));
		for (int round = 1; round <= 3; round++) {
			List<String> tokens = Concurrently.run(50, () -> this.coordinator.accessToken("alice"));
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
		assertThat(this.fixture.meters.get("webex.grant.deletions").tag("reason", "revoked").counter().count())
			.isEqualTo(1);
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
	void accessTokenWhenCiphertextTamperedInDatabaseThenGrantAgainButRowKeptAndMarkedOnce() { // E2
		store("alice", START.plus(Duration.ofDays(1)));
		// swap the access and refresh ciphertexts: each is valid AES-GCM, but bound to the other column
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		jdbc.sql("UPDATE webex_grant SET access_token = refresh_token, refresh_token = access_token").update();
		byte[] tampered = jdbc.sql("SELECT access_token FROM webex_grant").query(byte[].class).single();
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(GrantRequiredException.class)
				.isThrownBy(() -> this.coordinator.accessToken("alice"))
				.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(GrantRequiredException.Reason.UNREADABLE));
		}
		assertThat(this.vault.count()).as("kept").isOne();
		assertThat(jdbc.sql("SELECT access_token FROM webex_grant").query(byte[].class).single()).isEqualTo(tampered);
		assertThat(this.fixture.meters.get("webex.token.decrypt.failures").counter().count()).as("counted once")
			.isEqualTo(1);
		assertThat(this.coordinator.grantRequired("alice")).hasValue(GrantRequiredException.Reason.UNREADABLE);

		store("alice", START.plus(Duration.ofDays(1))); // a new GRANT replaces the marked row
		assertThat(this.coordinator.accessToken("alice")).isEqualTo("access-initial");
		assertThat(this.coordinator.grantRequired("alice")).isEmpty();
	}

	@Test
	void accessTokenWhenExpiredWithoutRefreshTokenThenGrantAgainAndRowKept() {
		this.vault.save(new StoredGrant("webex", "alice", "access-initial", START.minus(Duration.ofDays(14)),
				START.minusSeconds(1), null, null, null, Set.of("spark:rooms_read"), 0, 0, null));
		assertThatExceptionOfType(GrantRequiredException.class)
			.isThrownBy(() -> this.coordinator.accessToken("alice"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(GrantRequiredException.Reason.EXPIRED));
		assertThat(this.vault.count()).isOne();
		assertThat(this.endpoint.refreshes).hasValue(0);
	}

	@Test
	void accessTokenWhenTokenExpiredAndBackingOffThenNoNewAttemptUntilTheBackoffEnds() { // C20
		store("alice", START.minusSeconds(1));
		this.endpoint.mode = FakeTokenEndpoint.Mode.SERVER_ERROR;
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(TokenRefreshUnavailableException.class)
				.isThrownBy(() -> this.coordinator.accessToken("alice"));
		}
		assertThat(this.endpoint.refreshes).as("one attempt, then backing off").hasValue(1);
		this.endpoint.mode = FakeTokenEndpoint.Mode.OK;
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.coordinator.accessToken("alice")).isEqualTo("access-2");
	}

	@Test
	void accessTokenWhenRefreshKeepsFailingForHoursThenGrantAgainOfferedAndRowKeptUntilReplaced() {
		store("alice", START.minusSeconds(1));
		this.endpoint.mode = FakeTokenEndpoint.Mode.SERVER_ERROR;
		for (int hour = 0; hour < 6; hour++) {
			assertThatExceptionOfType(TokenRefreshUnavailableException.class).as("hour " + hour)
				.isThrownBy(() -> this.coordinator.accessToken("alice"));
			assertThat(this.coordinator.grantRequired("alice")).isEmpty();
			this.clock.advance(Duration.ofHours(1));
		}
		assertThatExceptionOfType(GrantRequiredException.class)
			.isThrownBy(() -> this.coordinator.accessToken("alice"))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(GrantRequiredException.Reason.STALLED));
		assertThat(this.coordinator.grantRequired("alice")).hasValue(GrantRequiredException.Reason.STALLED);
		StoredGrant kept = this.vault.find("webex", "alice").orElseThrow();
		assertThat(kept.refreshToken()).isEqualTo("refresh-initial");
		assertThat(kept.refreshFailures()).isEqualTo(7);
		assertThat(kept.refreshFailingSince()).isEqualTo(START);

		store("alice", this.clock.instant().plus(Duration.ofDays(14))); // GRANT again
		StoredGrant replaced = this.vault.find("webex", "alice").orElseThrow();
		assertThat(replaced.refreshFailures()).isZero();
		assertThat(replaced.refreshFailingSince()).isNull();
		assertThat(this.coordinator.grantRequired("alice")).isEmpty();
	}

	@Test
	void accessTokenWhenUsedManyTimesADayThenUseRecordedOncePerDay() {
		store("alice", START.plus(Duration.ofDays(10)));
		Instant stored = this.vault.find("webex", "alice").orElseThrow().lastUsedAt();
		assertThat(stored).isEqualTo(START);
		this.clock.advance(Duration.ofHours(23));
		this.coordinator.accessToken("alice");
		assertThat(this.vault.find("webex", "alice").orElseThrow().lastUsedAt()).isEqualTo(START);
		this.clock.advance(Duration.ofHours(2));
		this.coordinator.accessToken("alice");
		this.coordinator.accessToken("alice");
		assertThat(this.vault.find("webex", "alice").orElseThrow().lastUsedAt()).isEqualTo(this.clock.instant());
	}

	private void store(String person, Instant accessExpiresAt) {
		this.fixture.store(person, accessExpiresAt);
	}

	private static StoredGrant copy(StoredGrant g, String access, String refresh) {
		return new StoredGrant(g.registrationId(), g.personId(), access, g.accessIssuedAt(), g.accessExpiresAt(),
				refresh, g.refreshIssuedAt(), g.refreshExpiresAt(), g.scopes(), g.version(), 0, null);
	}

}
