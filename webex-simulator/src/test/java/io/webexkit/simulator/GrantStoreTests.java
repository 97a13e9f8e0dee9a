package io.webexkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.webexkit.simulator.PendingConsents.ConsentRequest;
import io.webexkit.simulator.testapp.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GrantStoreTests {

	private static final String PERSON = "person-1";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final GrantStore store = new GrantStore(this.clock);

	private final SimulatorBehavior behavior = new SimulatorBehavior();

	@Test
	void redeemCodeWhenRfc7636VectorThenTokensIssued() {
		String code = this.store.issueCode(request("S256", SimulatorHttp.CHALLENGE), PERSON);

		TokenGrant grant = this.store.redeemCode("client", code, "https://app/cb", SimulatorHttp.VERIFIER, this.behavior);

		assertThat(grant.expiresIn()).isEqualTo(1_209_599);
		assertThat(grant.refreshExpiresIn()).isEqualTo(7_775_999);
		assertThat(grant.accessToken()).startsWith("simat_").hasSizeGreaterThanOrEqualTo(64);
		assertThat(this.store.authenticate(grant.accessToken())).hasValueSatisfying(
				(access) -> assertThat(access.personId()).isEqualTo(PERSON));
		assertThat(grant.toString()).doesNotContain(grant.accessToken());
	}

	@Test
	void redeemCodeWhenAnotherClientPresentsItThenInvalidGrant() {
		String code = this.store.issueCode(request(null, null), PERSON);

		assertThatExceptionOfType(OAuthException.class)
			.isThrownBy(() -> this.store.redeemCode("thief", code, "https://app/cb", null, this.behavior))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo("invalid_grant"));
	}

	@Test
	void redeemCodeWhenVerifierSentWithoutChallengeThenInvalidGrant() {
		String code = this.store.issueCode(request(null, null), PERSON);

		assertThatExceptionOfType(OAuthException.class).isThrownBy(
				() -> this.store.redeemCode("client", code, "https://app/cb", SimulatorHttp.VERIFIER, this.behavior))
			.satisfies((ex) -> assertThat(ex.error()).isEqualTo("invalid_grant"));
	}

	@Test
	void authenticateWhenAccessTokenLifetimePassesThenEmpty() {
		this.behavior.setAccessTokenLifetime(Duration.ofMinutes(1));
		String token = this.store.issueDirectly(null, PERSON, List.of("spark:all"), this.behavior).accessToken();

		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.store.authenticate(token)).isPresent();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.store.authenticate(token)).isEmpty();
	}

	@Test
	void refreshWhenNoneSameThenExpiresInCountsDown() {
		IssuedTokens tokens = this.store.issueDirectly("client", PERSON, List.of("spark:all"), this.behavior);
		this.clock.advance(Duration.ofDays(1));

		TokenGrant refreshed = this.store.refresh("client", tokens.refreshToken(), this.behavior);

		assertThat(refreshed.refreshToken()).isEqualTo(tokens.refreshToken());
		assertThat(refreshed.refreshExpiresIn()).isEqualTo(7_775_999 - 86_400);
	}

	@Test
	void clearWhenCalledThenTokensInvalidButHistoryKept() {
		IssuedTokens tokens = this.store.issueDirectly(null, PERSON, List.of("spark:all"), this.behavior);

		this.store.clear();

		assertThat(this.store.authenticate(tokens.accessToken())).isEmpty();
		assertThat(this.store.issuedTokens()).contains(tokens.accessToken(), tokens.refreshToken());
	}

	private ConsentRequest request(String method, String challenge) {
		return new ConsentRequest("client", "https://app/cb", List.of("spark:people_read"), "state", challenge, method,
				this.clock.instant().plus(PendingConsents.LIFETIME));
	}

}
