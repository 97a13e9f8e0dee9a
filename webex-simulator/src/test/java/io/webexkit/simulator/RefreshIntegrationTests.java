package io.webexkit.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.testapp.MutableClock;
import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.CLIENT_ID;
import static io.webexkit.simulator.SimulatorHttp.CLIENT_SECRET;
import static io.webexkit.simulator.SimulatorHttp.REDIRECT_URI;
import static io.webexkit.simulator.SimulatorHttp.VERIFIER;
import static io.webexkit.simulator.SimulatorHttp.authorizeParams;
import static io.webexkit.simulator.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class RefreshIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@Autowired
	private MutableClock clock;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private JsonNode tokens;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.simulator.registerClient(CLIENT_ID, CLIENT_SECRET, "Spaces", Set.of("spark:people_read"),
				Set.of(REDIRECT_URI));
		this.http = new SimulatorHttp(this.port);
		String code = this.http.code(authorizeParams("spark:people_read"), this.simulator.users().get(0).id());
		this.tokens = json(this.http.exchange(code, VERIFIER));
	}

	@Test
	void refreshWhenNoneSameThenSameRefreshTokenAndNewAccessToken() {
		JsonNode refreshed = json(this.http.refresh(refreshToken()));

		assertThat(refreshed.get("refresh_token").asString()).isEqualTo(refreshToken());
		assertThat(refreshed.get("access_token").asString()).isNotEqualTo(this.tokens.get("access_token").asString());
		assertThat(this.simulator.tokenRequests("refresh_token")).isEqualTo(1);
	}

	@Test
	void refreshWhenNoneOmitThenNoRefreshTokenMemberAndOldOneStillWorks() {
		this.simulator.behavior().setRefreshRotation(RefreshRotation.NONE_OMIT);

		JsonNode refreshed = json(this.http.refresh(refreshToken()));

		assertThat(refreshed.has("refresh_token")).isFalse();
		assertThat(refreshed.has("access_token")).isTrue();
		assertThat(this.http.refresh(refreshToken()).statusCode()).isEqualTo(200);
	}

	@Test
	void refreshWhenRotateThenNewRefreshTokenAndOldStaysValid() {
		this.simulator.behavior().setRefreshRotation(RefreshRotation.ROTATE);

		JsonNode refreshed = json(this.http.refresh(refreshToken()));

		assertThat(refreshed.get("refresh_token").asString()).isNotEqualTo(refreshToken());
		assertThat(this.http.refresh(refreshToken()).statusCode()).isEqualTo(200);
		assertThat(this.http.refresh(refreshed.get("refresh_token").asString()).statusCode()).isEqualTo(200);
	}

	@Test
	void refreshWhenReplacedTokenReusedUnderFamilyRevocationThenWholeGrantRevoked() {
		this.simulator.behavior().setRefreshRotation(RefreshRotation.ROTATE_REVOKE_FAMILY);
		JsonNode refreshed = json(this.http.refresh(refreshToken()));
		String newest = refreshed.get("refresh_token").asString();

		HttpResponse<String> reuse = this.http.refresh(refreshToken());

		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(json(reuse).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(json(this.http.refresh(newest)).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(this.simulator.accessTokenActive(refreshed.get("access_token").asString())).isFalse();
		assertThat(this.http.bearer("/v1/people/me", refreshed.get("access_token").asString()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void refreshWhenSameAccessTokenKnobThenUnchangedAccessToken() {
		this.simulator.behavior().setSameAccessTokenOnRefresh(true);

		JsonNode refreshed = json(this.http.refresh(refreshToken()));

		assertThat(refreshed.get("access_token").asString()).isEqualTo(this.tokens.get("access_token").asString());
	}

	@Test
	void refreshWhenGrantsRevokedThenInvalidGrantAnd401() {
		this.simulator.revokeGrants(this.simulator.users().get(0).id());

		HttpResponse<String> response = this.http.refresh(refreshToken());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(this.http.bearer("/v1/people/me", this.tokens.get("access_token").asString()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void refreshWhenRefreshTokenExpiredThenInvalidGrant() {
		this.clock.advance(Duration.ofDays(90));

		assertThat(json(this.http.refresh(refreshToken())).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void refreshWhenAnotherClientPresentsTheTokenThenInvalidGrant() {
		this.simulator.registerClient("other", "other-secret", "Other", Set.of("spark:people_read"), Set.of());

		HttpResponse<String> response = this.http.postForm("/v1/access_token",
				java.util.Map.of("grant_type", "refresh_token", "refresh_token", refreshToken()), "Authorization",
				SimulatorHttp.basic("other", "other-secret"));

		assertThat(json(response).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void refreshWhenTokensIssuedDirectlyThenRefreshWorksAndLifetimesFollowKnobs() {
		this.simulator.behavior().setAccessTokenLifetime(Duration.ofMinutes(5));
		IssuedTokens issued = this.simulator.issueTokensDirectly(this.simulator.users().get(1).id(),
				Set.of("spark:people_read"));

		JsonNode refreshed = json(this.http.refresh(issued.refreshToken()));

		assertThat(refreshed.get("expires_in").asLong()).isEqualTo(300);
		assertThat(issued.toString()).doesNotContain(issued.accessToken(), issued.refreshToken());
	}

	private String refreshToken() {
		return this.tokens.get("refresh_token").asString();
	}

}
