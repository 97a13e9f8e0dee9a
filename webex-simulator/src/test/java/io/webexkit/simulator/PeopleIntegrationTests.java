package io.webexkit.simulator;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class PeopleIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	private String token;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.http = new SimulatorHttp(this.port);
		this.token = this.simulator.issueTokensDirectly(this.simulator.users().get(0).id(), Set.of("spark:people_read"))
			.accessToken();
	}

	@Test
	void meWhenTokenValidThenWebexPerson() {
		HttpResponse<String> response = this.http.bearer("/v1/people/me", this.token);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode me = json(response);
		SimulatedPerson alex = this.simulator.users().get(0);
		assertThat(me.get("id").asString()).isEqualTo(alex.id());
		assertThat(new String(Base64.getDecoder().decode(me.get("id").asString())))
			.matches("ciscospark://us/PEOPLE/[0-9a-f-]{36}");
		assertThat(me.get("emails").get(0).asString()).isEqualTo("alex.rivera@example.com");
		assertThat(me.get("displayName").asString()).isEqualTo("Alex Rivera");
		assertThat(me.get("firstName").asString()).isEqualTo("Alex");
		assertThat(me.get("lastName").asString()).isEqualTo("Rivera");
		assertThat(me.get("nickName").asString()).isEqualTo("Alex");
		assertThat(me.get("orgId").asString()).isNotEmpty();
		assertThat(me.get("created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		assertThat(me.get("type").asString()).isEqualTo("person");
		assertThat(this.http.get(me.get("avatar").asString()).statusCode()).isEqualTo(200);
		assertThat(this.simulator.apiRequests()).isEqualTo(1);
	}

	@Test
	void meWhenNoOrUnknownTokenThen401WithWebexError() {
		HttpResponse<String> none = this.http.get("/v1/people/me");
		HttpResponse<String> unknown = this.http.bearer("/v1/people/me", "not-a-token");

		assertThat(none.statusCode()).isEqualTo(401);
		assertThat(unknown.statusCode()).isEqualTo(401);
		JsonNode body = json(unknown);
		assertThat(body.get("message").asString()).contains("valid access token");
		assertThat(body.get("errors").get(0).get("description").asString()).isNotEmpty();
		assertThat(body.get("trackingId").asString()).isEqualTo(unknown.headers().firstValue("TrackingID").orElseThrow());
	}

	@Test
	void meWhenAccessTokensExpiredThen401() {
		this.simulator.expireAllAccessTokens();

		assertThat(this.http.bearer("/v1/people/me", this.token).statusCode()).isEqualTo(401);
	}

	@Test
	void meWhenScopeMissingThen403NamingTheScope() {
		String roomsOnly = this.simulator.issueTokensDirectly(this.simulator.users().get(0).id(),
				Set.of("spark:rooms_read")).accessToken();

		HttpResponse<String> response = this.http.bearer("/v1/people/me", roomsOnly);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(json(response).get("message").asString()).contains("spark:people_read");
	}

	@Test
	void meWhenTrackingIdSentThenEchoedElseGenerated() {
		HttpResponse<String> echoed = this.http.get("/v1/people/me", "Authorization", "Bearer " + this.token,
				"TrackingID", "MYAPP_1234");
		HttpResponse<String> generated = this.http.bearer("/v1/people/me", this.token);

		assertThat(echoed.headers().firstValue("TrackingID")).hasValue("MYAPP_1234");
		assertThat(generated.headers().firstValue("TrackingID").orElseThrow()).startsWith("SIMULATOR_");
	}

	@Test
	void meWhenEveryThirdCallRateLimitedThen429WithRetryAfter() {
		this.simulator.behavior().setRateLimitEveryNthCall(3);
		this.simulator.behavior().setRetryAfter("rand(30),add(30)");

		int first = this.http.bearer("/v1/people/me", this.token).statusCode();
		int second = this.http.bearer("/v1/people/me", this.token).statusCode();
		HttpResponse<String> third = this.http.bearer("/v1/people/me", this.token);

		assertThat(first).isEqualTo(200);
		assertThat(second).isEqualTo(200);
		assertThat(third.statusCode()).isEqualTo(429);
		assertThat(third.headers().firstValue("Retry-After")).hasValue("rand(30),add(30)");
		assertThat(json(third).get("trackingId").asString()).isNotEmpty();
	}

	@Test
	void meWhenApiFailureRequestedThenThatStatusOnce() {
		this.simulator.behavior().failNextApiRequests(1, 500);

		assertThat(this.http.bearer("/v1/people/me", this.token).statusCode()).isEqualTo(500);
		assertThat(this.http.bearer("/v1/people/me", this.token).statusCode()).isEqualTo(200);
	}

	@Test
	void meWhenLastSeededPersonThenNoAvatar() {
		String jordan = this.simulator.issueTokensDirectly(this.simulator.users().get(2).id(), Set.of("spark:all"))
			.accessToken();

		JsonNode me = json(this.http.bearer("/v1/people/me", jordan));

		assertThat(me.get("displayName").asString()).isEqualTo("Jordan Lee");
		assertThat(me.has("avatar")).isFalse();
	}

}
