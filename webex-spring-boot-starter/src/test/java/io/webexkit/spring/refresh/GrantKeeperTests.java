package io.webexkit.spring.refresh;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.spring.refresh.RefreshCoordinator.BackgroundOutcome;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The background job that keeps grants alive, against a real (H2) database and a fake token endpoint. */
class GrantKeeperTests {

	private static final Instant START = CoordinatorFixture.START;

	private final CoordinatorFixture fixture = new CoordinatorFixture();

	private final GrantKeeper keeper = new GrantKeeper(this.fixture.index, this.fixture.coordinator,
			this.fixture.clock, 4, Duration.ofMinutes(1));

	@AfterEach
	void tearDown() {
		this.keeper.destroy();
	}

	@Test
	void sweepWhenSomeGrantsNearExpiryThenOnlyThoseAreRefreshed() {
		this.fixture.store("due", START.plus(Duration.ofMinutes(3)));
		this.fixture.store("fresh", START.plus(Duration.ofDays(10)));
		assertThat(this.keeper.sweep()).containsExactly(BackgroundOutcome.DONE);
		assertThat(this.fixture.endpoint.refreshes).hasValue(1);
		assertThat(this.fixture.vault.find("webex", "due").orElseThrow().accessToken()).isEqualTo("access-1");
		assertThat(this.fixture.vault.find("webex", "fresh").orElseThrow().accessToken()).isEqualTo("access-initial");
		assertThat(this.keeper.sweep()).as("nothing due any more").isEmpty();
	}

	@Test
	void sweepWhenManyGrantsDueThenTokenEndpointConcurrencyBounded() { // I3
		for (int i = 0; i < 40; i++) {
			this.fixture.store("person-" + i, START.minusSeconds(1));
		}
		List<BackgroundOutcome> outcomes = this.keeper.sweep();
		assertThat(outcomes).hasSize(40).containsOnly(BackgroundOutcome.DONE);
		assertThat(this.fixture.endpoint.refreshes).hasValue(40);
		assertThat(this.fixture.endpoint.maxConcurrent.get()).isLessThanOrEqualTo(4);
	}

	@Test
	void sweepWhenWebexPushesBackThenStopsEarlyAndBacksOff() { // I3, C20
		for (int i = 0; i < 40; i++) {
			this.fixture.store("person-" + i, START.plus(Duration.ofMinutes(1)));
		}
		this.fixture.endpoint.mode = FakeTokenEndpoint.Mode.SERVER_ERROR;
		this.keeper.sweep();
		assertThat(this.fixture.endpoint.refreshes.get()).as("stopped early").isLessThan(40);
		int attempts = this.fixture.endpoint.refreshes.get();
		assertThat(this.keeper.sweep()).as("failed grants back off").hasSizeLessThanOrEqualTo(40 - attempts);
	}

	@Test
	void sweepWhenRefreshTokenLapsesSoonThenRenewed() {
		this.fixture.store("idle", START.plus(Duration.ofDays(10)));
		this.fixture.clock.advance(Duration.ofDays(55)); // refresh token expires at START + 60 days
		this.fixture.store("recent", START.plus(Duration.ofDays(70)));
		assertThat(this.keeper.sweep()).contains(BackgroundOutcome.DONE);
		assertThat(this.fixture.vault.find("webex", "idle").orElseThrow().refreshExpiresAt())
			.isAfter(this.fixture.clock.instant().plus(Duration.ofDays(80)));
	}

	@Test
	void sweepWhenGrantUnusedForTheIdlePeriodThenNotKeptAliveThenRemovedOnceItLapses() {
		this.fixture.store("dormant", START.plus(Duration.ofDays(14))); // refresh token expires at START + 60 days
		this.fixture.clock.advance(Duration.ofDays(10));
		this.fixture.store("active", this.fixture.clock.instant().plus(Duration.ofDays(14)));
		this.fixture.clock.advance(Duration.ofDays(53)); // dormant unused for 63 days, its refresh token lapsed
		this.fixture.coordinator.accessToken("active"); // a page view: a use, and a refresh

		assertThat(this.keeper.sweep()).as("the dormant grant is not refreshed").isEmpty();
		assertThat(this.fixture.vault.find("webex", "dormant")).as("removed").isEmpty();
		assertThat(this.fixture.vault.find("webex", "active")).isPresent();
		assertThat(this.fixture.meters.get("webex.grant.deletions").tag("reason", "lapsed").counter().count())
			.isEqualTo(1);
	}

	@Test
	void sweepWhenIdleGrantsRefreshTokenStillValidThenKeptButNotRefreshed() {
		this.fixture.store("dormant", START.plus(Duration.ofDays(14)));
		this.fixture.clock.advance(Duration.ofDays(61)); // idle, access expired, refresh token (START + 60d) lapsed
		JdbcClient.create(this.fixture.dataSource)
			.sql("UPDATE webex_grant SET refresh_token_expires_at = ?")
			.param(this.fixture.clock.instant().plus(Duration.ofDays(20)).atOffset(java.time.ZoneOffset.UTC))
			.update();
		assertThat(this.keeper.sweep()).isEmpty();
		assertThat(this.fixture.endpoint.refreshes).hasValue(0);
		assertThat(this.fixture.vault.find("webex", "dormant")).as("kept until it lapses").isPresent();
		// the user comes back: using the app renews it
		assertThat(this.fixture.coordinator.accessToken("dormant")).isEqualTo("access-1");
		assertThat(this.fixture.vault.find("webex", "dormant").orElseThrow().lastUsedAt())
			.isEqualTo(this.fixture.clock.instant());
	}

	@Test
	void sweepWhenAGrantIsUnreadableThenLeftAlone() { // E2
		this.fixture.store("tampered", START.minusSeconds(1));
		JdbcClient.create(this.fixture.dataSource).sql("UPDATE webex_grant SET access_token = refresh_token").update();
		assertThat(this.fixture.coordinator.grantRequired("tampered")).isPresent();
		assertThat(this.keeper.sweep()).isEmpty();
		assertThat(this.fixture.vault.count()).isOne();
		assertThat(this.fixture.endpoint.refreshes).hasValue(0);
	}

	@Test
	void sweepWhenAnotherInstanceHoldsTheGrantThenSkipsWithoutWaiting() throws Exception { // G2
		this.fixture.store("busy", START.minusSeconds(1));
		try (Connection other = this.fixture.dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (ResultSet row = other.createStatement()
				.executeQuery("SELECT person_id FROM webex_grant WHERE person_id = 'busy' FOR UPDATE")) {
				assertThat(row.next()).isTrue();
				assertThat(this.keeper.sweep()).containsExactly(BackgroundOutcome.SKIPPED);
			}
			other.rollback();
		}
		assertThat(this.fixture.endpoint.refreshes).hasValue(0);
	}

}
