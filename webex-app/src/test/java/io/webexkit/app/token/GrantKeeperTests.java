package io.webexkit.app.token;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.webexkit.app.token.RefreshCoordinator.BackgroundOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The background job that keeps grants alive, against a real (H2) database and a fake token endpoint. */
class GrantKeeperTests {

	private static final Instant START = CoordinatorFixture.START;

	private final CoordinatorFixture fixture = new CoordinatorFixture();

	private final GrantKeeper keeper = new GrantKeeper(this.fixture.vault, this.fixture.coordinator,
			this.fixture.clock, 4);

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
