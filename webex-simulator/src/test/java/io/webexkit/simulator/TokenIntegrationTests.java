package io.webexkit.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.TokenRequestRecord.ClientAuthentication;
import io.webexkit.simulator.testapp.MutableClock;
import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.CLIENT_ID;
import static io.webexkit.simulator.SimulatorHttp.CLIENT_SECRET;
import static io.webexkit.simulator.SimulatorHttp.REDIRECT_URI;
import static io.webexkit.simulator.SimulatorHttp.VERIFIER;
import static io.webexkit.simulator.SimulatorHttp.authorizeParams;
import static io.webexkit.simulator.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TokenIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@Autowired
	private MutableClock clock;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private String alex;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.simulator.registerClient(CLIENT_ID, CLIENT_SECRET, "Spaces", Set.of("spark:people_read", "spark:rooms_read"),
				Set.of(REDIRECT_URI));
		this.http = new SimulatorHttp(this.port);
		this.alex = this.simulator.users().get(0).id();
	}

	@Test
	void accessTokenWhenLoopbackPortDiffersFromTheAuthorizeRequestsThenInvalidGrant() {
		this.simulator.registerClient(CLIENT_ID, CLIENT_SECRET, "Spaces", Set.of("spark:people_read"),
				Set.of("http://127.0.0.1/oauth"));
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("redirect_uri", "http://127.0.0.1:43210/oauth");

		HttpResponse<String> otherPort = exchange(this.http.code(params, this.alex), "http://127.0.0.1:43211/oauth");
		HttpResponse<String> samePort = exchange(this.http.code(params, this.alex), "http://127.0.0.1:43210/oauth");

		assertThat(otherPort.statusCode()).isEqualTo(400);
		assertThat(json(otherPort).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(json(otherPort).get("error_description").asString()).contains("redirect_uri");
		assertThat(samePort.statusCode()).isEqualTo(200);
	}

	@Test
	void accessTokenWhenCodeAndBasicAuthThenWebexTokenResponse() {
		String code = this.http.code(authorizeParams("spark:people_read spark:rooms_read"), this.alex);

		HttpResponse<String> response = this.http.exchange(code, VERIFIER);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		JsonNode body = json(response);
		assertThat(body.get("access_token").asString()).hasSizeGreaterThanOrEqualTo(64).matches("[A-Za-z0-9_-]+");
		assertThat(body.get("expires_in").asLong()).isEqualTo(1209599);
		assertThat(body.get("refresh_token").asString()).hasSizeGreaterThanOrEqualTo(64);
		assertThat(body.get("refresh_token_expires_in").asLong()).isEqualTo(7775999);
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("scope").asString()).isEqualTo("spark:people_read spark:rooms_read");
		assertThat(this.simulator.issuedTokens()).contains(body.get("access_token").asString(),
				body.get("refresh_token").asString());
		assertThat(this.simulator.tokenRequests()).isEqualTo(1);
		assertThat(this.simulator.tokenRequests("authorization_code")).isEqualTo(1);
		TokenRequestRecord record = this.simulator.recentTokenRequests().get(0);
		assertThat(record.clientAuthentication()).isEqualTo(ClientAuthentication.CLIENT_SECRET_BASIC);
		assertThat(record.outcome()).isEqualTo("ok");
		assertThat(record.toString()).doesNotContain(CLIENT_SECRET, code, body.get("access_token").asString());
	}

	@Test
	void accessTokenWhenClientCredentialsInBodyThenIssued() {
		String code = this.http.code(authorizeParams("spark:people_read"), this.alex);
		Map<String, String> form = codeForm(code, VERIFIER);
		form.put("client_id", CLIENT_ID);
		form.put("client_secret", CLIENT_SECRET);

		HttpResponse<String> response = this.http.postForm("/v1/access_token", form);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.simulator.recentTokenRequests().get(0).clientAuthentication())
			.isEqualTo(ClientAuthentication.CLIENT_SECRET_POST);
	}

	@Test
	void accessTokenWhenSecretMissingOrWrongThenInvalidClient() {
		String code = this.http.code(authorizeParams("spark:people_read"), this.alex);
		Map<String, String> form = codeForm(code, VERIFIER);
		form.put("client_id", CLIENT_ID);

		HttpResponse<String> noSecret = this.http.postForm("/v1/access_token", form);
		HttpResponse<String> wrong = this.http.postForm("/v1/access_token", codeForm(code, VERIFIER), "Authorization",
				SimulatorHttp.basic(CLIENT_ID, "wrong"));

		assertThat(noSecret.statusCode()).isEqualTo(401);
		assertThat(json(noSecret).get("error").asString()).isEqualTo("invalid_client");
		assertThat(wrong.statusCode()).isEqualTo(401);
		JsonNode body = json(wrong);
		assertThat(body.get("message").asString()).isNotEmpty();
		assertThat(body.get("errors").get(0).get("description").asString()).isNotEmpty();
		assertThat(body.get("trackingId").asString()).isEqualTo(wrong.headers().firstValue("TrackingID").orElseThrow());
		assertThat(this.simulator.recentTokenRequests()).extracting(TokenRequestRecord::clientId, TokenRequestRecord::outcome)
			.as("the client id presented, in the body or the Basic header")
			.containsExactly(tuple(CLIENT_ID, "invalid_client"), tuple(CLIENT_ID, "invalid_client"));
	}

	@Test
	void accessTokenWhenVerifierWrongOrMissingThenInvalidGrant() {
		String first = this.http.code(authorizeParams("spark:people_read"), this.alex);
		String second = this.http.code(authorizeParams("spark:people_read"), this.alex);
		Map<String, String> noVerifier = codeForm(second, VERIFIER);
		noVerifier.remove("code_verifier");

		HttpResponse<String> wrong = this.http.exchange(first, VERIFIER.replace('d', 'e'));
		HttpResponse<String> missing = this.http.postForm("/v1/access_token", noVerifier, "Authorization",
				SimulatorHttp.basic(CLIENT_ID, CLIENT_SECRET));

		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(json(wrong).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(json(missing).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void accessTokenWhenPlainChallengeThenVerifierMustEqualIt() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("code_challenge", VERIFIER);
		params.put("code_challenge_method", "plain");

		assertThat(this.http.exchange(this.http.code(params, this.alex), VERIFIER).statusCode()).isEqualTo(200);
	}

	@Test
	void accessTokenWhenCodeReusedThenInvalidGrantAndTokensFromItRevoked() {
		String code = this.http.code(authorizeParams("spark:people_read"), this.alex);
		JsonNode first = json(this.http.exchange(code, VERIFIER));

		HttpResponse<String> replay = this.http.exchange(code, VERIFIER);

		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(json(replay).get("error").asString()).isEqualTo("invalid_grant");
		assertThat(this.simulator.accessTokenActive(first.get("access_token").asString())).isFalse();
		assertThat(this.http.refresh(first.get("refresh_token").asString()).statusCode()).isEqualTo(400);
	}

	@Test
	void accessTokenWhenRedirectUriDiffersThenInvalidGrant() {
		String code = this.http.code(authorizeParams("spark:people_read"), this.alex);
		Map<String, String> form = codeForm(code, VERIFIER);
		form.put("redirect_uri", "http://localhost:10060/other");

		HttpResponse<String> response = this.http.postForm("/v1/access_token", form, "Authorization",
				SimulatorHttp.basic(CLIENT_ID, CLIENT_SECRET));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void accessTokenWhenCodeOlderThanTenMinutesThenInvalidGrant() {
		String code = this.http.code(authorizeParams("spark:people_read"), this.alex);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		assertThat(json(this.http.exchange(code, VERIFIER)).get("error").asString()).isEqualTo("invalid_grant");
	}

	@Test
	void accessTokenWhenGrantTypeUnknownOrParamsMissingThenOAuthErrors() {
		HttpResponse<String> unknown = this.http.postForm("/v1/access_token", Map.of("grant_type", "password"),
				"Authorization", SimulatorHttp.basic(CLIENT_ID, CLIENT_SECRET));
		HttpResponse<String> missing = this.http.postForm("/v1/access_token",
				Map.of("grant_type", "authorization_code"), "Authorization", SimulatorHttp.basic(CLIENT_ID, CLIENT_SECRET));

		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(json(unknown).get("error").asString()).isEqualTo("unsupported_grant_type");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(json(missing).get("error").asString()).isEqualTo("invalid_request");
	}

	@Test
	void accessTokenWhenOmitTokenTypeThenNoTokenTypeNorScope() {
		this.simulator.behavior().setOmitTokenType(true);
		String code = this.http.code(authorizeParams("spark:people_read"), this.alex);

		JsonNode body = json(this.http.exchange(code, VERIFIER));

		assertThat(body.has("access_token")).isTrue();
		assertThat(body.has("token_type")).isFalse();
		assertThat(body.has("scope")).isFalse();
	}

	@Test
	void accessTokenWhenFailuresRequestedThenHtml502ThenJson503ThenNormal() {
		this.simulator.behavior().failNextTokenRequests(1, 502);
		HttpResponse<String> gateway = this.http.refresh("anything");
		this.simulator.behavior().failNextTokenRequests(1, 503);
		this.simulator.behavior().setRetryAfter("7");
		HttpResponse<String> unavailable = this.http.refresh("anything");
		HttpResponse<String> normal = this.http.refresh("anything");

		assertThat(gateway.statusCode()).isEqualTo(502);
		assertThat(gateway.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(unavailable.statusCode()).isEqualTo(503);
		assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("7");
		assertThat(normal.statusCode()).isEqualTo(400);
		assertThat(this.simulator.tokenRequests("refresh_token")).isEqualTo(3);
		assertThat(this.simulator.recentTokenRequests().get(0)).extracting(TokenRequestRecord::clientId,
				TokenRequestRecord::outcome).as("who asked").containsExactly(CLIENT_ID, "simulated_failure");
	}

	@Test
	void accessTokenWhenLatencySetThenResponseIsDelayed() {
		this.simulator.behavior().setTokenEndpointLatency(Duration.ofMillis(300));
		long start = System.nanoTime();

		this.http.refresh("anything");

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void flowWhenCompletedThenNoSecretCodeOrTokenIsLogged(CapturedOutput output) {
		String code = this.http.code(authorizeParams("spark:people_read"), this.alex);
		JsonNode tokens = json(this.http.exchange(code, VERIFIER));
		this.http.refresh(tokens.get("refresh_token").asString());
		this.http.exchange(code, VERIFIER);

		assertThat(output.getAll()).contains("Simulated Webex")
			.doesNotContain(CLIENT_SECRET, VERIFIER, code, tokens.get("access_token").asString(),
					tokens.get("refresh_token").asString());
		this.simulator.issuedTokens().forEach((token) -> assertThat(output.getAll()).doesNotContain(token));
	}

	private static Map<String, String> codeForm(String code, String verifier) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", REDIRECT_URI);
		form.put("code_verifier", verifier);
		return form;
	}

	private HttpResponse<String> exchange(String code, String redirectUri) {
		Map<String, String> form = codeForm(code, VERIFIER);
		form.put("redirect_uri", redirectUri);
		return this.http.postForm("/v1/access_token", form, "Authorization",
				SimulatorHttp.basic(CLIENT_ID, CLIENT_SECRET));
	}

}
