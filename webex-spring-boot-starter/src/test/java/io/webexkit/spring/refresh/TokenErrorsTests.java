package io.webexkit.spring.refresh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenErrorsTests {

	@Test
	void saysGrantIsDeadWhenWebexWordingThenTrueWhateverTheCaseSpacingAndPunctuationAround() {
		assertThat(TokenErrors.saysGrantIsDead("The refresh token provided is expired, revoked, malformed, or invalid."))
			.isTrue();
		assertThat(TokenErrors.saysGrantIsDead("  the REFRESH token provided is expired,\n revoked, malformed, or invalid"))
			.isTrue();
	}

	@Test
	void saysGrantIsDeadWhenAnyOtherTextThenFalse() {
		assertThat(TokenErrors.saysGrantIsDead(null)).isFalse();
		assertThat(TokenErrors.saysGrantIsDead("")).isFalse();
		assertThat(TokenErrors.saysGrantIsDead("Bad request")).isFalse();
		assertThat(TokenErrors.saysGrantIsDead("The refresh token provided is expired")).as("a fragment").isFalse();
		assertThat(TokenErrors.saysGrantIsDead("invalid")).isFalse();
	}

	@Test
	void endsGrantWhenInvalidGrantOnlyThenTrue() {
		assertThat(TokenErrors.endsGrant("invalid_grant")).isTrue();
		assertThat(TokenErrors.endsGrant("invalid_client")).isFalse();
		assertThat(TokenErrors.endsGrant("invalid_token_response")).isFalse();
		assertThat(TokenErrors.endsGrant("temporarily_unavailable")).isFalse();
		assertThat(TokenErrors.endsGrant("invalid_request")).isFalse();
	}

}
