package io.webexkit.simulator;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.authorizeParams;
import static io.webexkit.simulator.SimulatorHttp.query;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorizeIntegrationTests {

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	@BeforeEach
	void setUp() {
		this.simulator.reset();
		this.simulator.registerClient(SimulatorHttp.CLIENT_ID, SimulatorHttp.CLIENT_SECRET, "Spaces <Viewer> & Co",
				Set.of("spark:people_read", "spark:rooms_read", "spark:messages_read"),
				Set.of(SimulatorHttp.REDIRECT_URI));
		this.http = new SimulatorHttp(this.port);
	}

	@Test
	void authorizeWhenValidThenConsentPageShowsAppScopesPeopleAndButtons() {
		HttpResponse<String> page = this.http.authorize(authorizeParams("spark:people_read spark:rooms_read"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		String html = page.body();
		assertThat(html).contains("<html lang=\"en\">", "<title>", "Simulated Webex", "Spaces &lt;Viewer&gt; &amp; Co")
			.contains("<code>spark:people_read</code>", "<code>spark:rooms_read</code>", "Read your company directory")
			.contains("<label for=\"sim-person\">", "<select id=\"sim-person\" name=\"person\">")
			.contains("<button type=\"submit\" name=\"decision\" value=\"accept\" class=\"sim-primary\">Accept</button>")
			.contains("<button type=\"submit\" name=\"decision\" value=\"decline\" class=\"sim-secondary\">Decline</button>")
			.contains("action=\"/v1/authorize/decision\"", "/v1/simulator-assets/simulator.css");
		assertThat(html).contains("Alex Rivera", "Sam Patel", "Jordan Lee");
		assertThat(html).containsPattern("value=\"" + this.simulator.users().get(0).id() + "\" selected");
		assertThat(html).doesNotContain("<script", "style=", "<style");
	}

	@Test
	void authorizeWhenValidThenConsentFormMayPostOnlyToItselfAndTheRedirectUrisOrigin() {
		HttpResponse<String> page = this.http.authorize(authorizeParams("spark:people_read"));
		URI redirect = URI.create(SimulatorHttp.REDIRECT_URI);
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValue("default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self' "
					+ redirect.getScheme() + "://" + redirect.getRawAuthority());
	}

	@Test
	void authorizeWhenRejectedThenErrorPageMayPostNowhere() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("client_id", "unknown");
		assertThat(this.http.authorize(params).headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).endsWith("; form-action 'none'"));
	}

	@Test
	void authorizeWhenParametersAreHostileThenTheyAreEscaped() {
		this.simulator.registerClient("hostile", "secret", "App", Set.of("spark:people_read", "<b>x</b>"), Set.of());
		Map<String, String> params = authorizeParams("spark:people_read <b>x</b>");
		params.put("client_id", "hostile");
		params.put("redirect_uri", "http://localhost/cb?x='onmouseover=alert(1)&y=1");

		HttpResponse<String> page = this.http.authorize(params);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("<b>x</b>", "'onmouseover")
			.contains("<code>&lt;b&gt;x&lt;/b&gt;</code>", "cb?x=&#39;onmouseover=alert(1)&amp;y=1");
	}

	@Test
	void decideWhenDeclinedThenRedirectsWithAccessDeniedAndState() {
		URI location = this.http.consent(authorizeParams("spark:people_read"), "decline",
				this.simulator.users().get(0).id());

		assertThat(location.toString()).startsWith(SimulatorHttp.REDIRECT_URI + "?");
		assertThat(query(location)).containsEntry("error", "access_denied")
			.containsEntry("error_description", "The user declined")
			.containsEntry("state", "st-123")
			.doesNotContainKey("code");
	}

	@Test
	void decideWhenAcceptedThenRedirectsWithCodeAndState() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("state", "a b&c=d+e/é");

		URI location = this.http.consent(params, "accept", this.simulator.users().get(1).id());

		assertThat(query(location)).containsEntry("state", "a b&c=d+e/é");
		assertThat(query(location).get("code")).matches("[A-Za-z0-9_-]{43,}");
	}

	@Test
	void decideWhenConsentIdReusedThenErrorPage() {
		HttpResponse<String> page = this.http.authorize(authorizeParams("spark:people_read"));
		String consent = page.body().replaceAll("(?s).*name=\"consent\" value=\"([^\"]+)\".*", "$1");
		Map<String, String> answer = Map.of("consent", consent, "decision", "accept", "person",
				this.simulator.users().get(0).id());

		assertThat(this.http.postForm("/v1/authorize/decision", answer).statusCode()).isEqualTo(302);
		HttpResponse<String> again = this.http.postForm("/v1/authorize/decision", answer);

		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.headers().firstValue("Location")).isEmpty();
		assertThat(this.http.postForm("/v1/authorize/decision", Map.of("consent", "forged", "decision", "accept"))
			.statusCode()).isEqualTo(400);
	}

	@Test
	void authorizeWhenScopeNotAllowedThenRedirectsWithInvalidScope() {
		URI location = location(this.http.authorize(authorizeParams("spark:people_read spark:all")));

		assertThat(query(location)).containsEntry("error", "invalid_scope").containsEntry("state", "st-123");
		assertThat(query(location).get("error_description")).contains("spark:all");
	}

	@Test
	void authorizeWhenClientUnknownThenErrorPageNotRedirect() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("client_id", "nobody");

		HttpResponse<String> response = this.http.authorize(params);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("Simulated Webex", "unknown client_id");
	}

	@Test
	void authorizeWhenRedirectUriNotRegisteredThenErrorPageNotRedirect() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("redirect_uri", "https://evil.example/steal");

		HttpResponse<String> response = this.http.authorize(params);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void authorizeWhenRedirectUriNotRegisteredThenErrorPageShowsTheSentAndTheRegisteredOnesEscaped() {
		this.simulator.registerClient(SimulatorHttp.CLIENT_ID, SimulatorHttp.CLIENT_SECRET, "Spaces <Viewer> & Co",
				Set.of("spark:people_read"), Set.of(SimulatorHttp.REDIRECT_URI, "http://localhost/oauth"));
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("redirect_uri", "http://localhost:8080/oauth?x='y'&z=1");

		HttpResponse<String> response = this.http.authorize(params);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not registered for Spaces &lt;Viewer&gt; &amp; Co")
			.contains("<dt>Sent</dt><dd><code>http://localhost:8080/oauth?x=&#39;y&#39;&amp;z=1</code></dd>")
			.contains("<dt>Registered</dt><dd><code>http://localhost/oauth (on any port)</code></dd>"
					+ "<dd><code>" + SimulatorHttp.REDIRECT_URI + "</code></dd>");

		params.put("redirect_uri", "http://localhost:8080/oauth?x=<b>y</b>");
		HttpResponse<String> malformed = this.http.authorize(params);

		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("not an absolute http or https URI")
			.contains("<dt>Sent</dt><dd><code>http://localhost:8080/oauth?x=&lt;b&gt;y&lt;/b&gt;</code></dd>")
			.doesNotContain("<b>y</b>");
	}

	@Test
	void authorizeWhenRedirectUriMissingThenErrorPageSaysSoAndShowsTheRegisteredOne() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.remove("redirect_uri");

		HttpResponse<String> response = this.http.authorize(params);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The request has no redirect_uri.")
			.contains("<dt>Sent</dt><dd><code>(none)</code></dd>")
			.contains("<dt>Registered</dt><dd><code>" + SimulatorHttp.REDIRECT_URI + "</code></dd>");
	}

	@Test
	void authorizeWhenLoopbackRegisteredWithoutPortThenAnyPortOnThatPathOnly() {
		this.simulator.registerClient(SimulatorHttp.CLIENT_ID, SimulatorHttp.CLIENT_SECRET, "App",
				Set.of("spark:people_read"), Set.of("http://localhost/oauth"));
		Map<String, String> params = authorizeParams("spark:people_read");

		params.put("redirect_uri", "http://localhost:43210/oauth");
		HttpResponse<String> page = this.http.authorize(params);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Security-Policy")).as("the form may reach that port")
			.hasValueSatisfying((csp) -> assertThat(csp).endsWith("form-action 'self' http://localhost:43210"));
		params.put("redirect_uri", "http://localhost:43210/elsewhere");
		assertThat(this.http.authorize(params).statusCode()).isEqualTo(400);
		params.put("redirect_uri", "http://127.0.0.1:43210/oauth");
		assertThat(this.http.authorize(params).statusCode()).as("another host").isEqualTo(400);
	}

	@Test
	void authorizeWhenRegisteredWithAPortThenOnlyThatPort() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("redirect_uri", SimulatorHttp.REDIRECT_URI.replace(":10060", ":10061"));

		assertThat(this.http.authorize(params).statusCode()).isEqualTo(400);
	}

	@Test
	void authorizeWhenAutoConsentThenRedirectsAtOnceWithACodeForThatPerson() {
		SimulatedPerson sam = this.simulator.users().get(1);
		this.simulator.behavior().setAutoConsent(sam.id());

		URI location = location(this.http.authorize(authorizeParams("spark:people_read")));

		assertThat(location.toString()).startsWith(SimulatorHttp.REDIRECT_URI + "?");
		assertThat(query(location)).containsEntry("state", "st-123").doesNotContainKey("error");
		HttpResponse<String> tokens = this.http.exchange(query(location).get("code"), SimulatorHttp.VERIFIER);
		assertThat(tokens.statusCode()).as("the code works like an accepted one, PKCE included").isEqualTo(200);
		String token = SimulatorHttp.json(tokens).get("access_token").asString();
		assertThat(SimulatorHttp.json(this.http.bearer("/v1/people/me", token)).get("displayName").asString())
			.isEqualTo(sam.displayName());
	}

	@Test
	void authorizeWhenAutoConsentButRequestInvalidThenRefusedAsWithoutIt() {
		this.simulator.behavior().setAutoConsent(this.simulator.users().get(1).id());
		Map<String, String> foreign = authorizeParams("spark:people_read");
		foreign.put("redirect_uri", "https://evil.example/steal");

		assertThat(this.http.authorize(foreign).statusCode()).isEqualTo(400);
		assertThat(query(location(this.http.authorize(authorizeParams("spark:all"))))).containsEntry("error",
				"invalid_scope");
	}

	@Test
	void authorizeWhenAutoConsentClearedThenConsentPageAgain() {
		this.simulator.behavior().setAutoConsent(this.simulator.users().get(1).id());
		this.simulator.behavior().clearAutoConsent();

		assertThat(this.http.authorize(authorizeParams("spark:people_read")).statusCode()).isEqualTo(200);
	}

	@Test
	void authorizeWhenAutoConsentForSomeoneUnknownThenErrorPageNotRedirect() {
		this.simulator.behavior().setAutoConsent("nobody");

		HttpResponse<String> response = this.http.authorize(authorizeParams("spark:people_read"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("not a simulated person");
	}

	@Test
	void authorizeWhenResponseTypeIsTokenThenUnsupportedResponseType() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("response_type", "token");

		assertThat(query(location(this.http.authorize(params)))).containsEntry("error", "unsupported_response_type");
	}

	@Test
	void authorizeWhenChallengeMethodUnknownThenInvalidRequest() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("code_challenge_method", "S512");

		assertThat(query(location(this.http.authorize(params)))).containsEntry("error", "invalid_request");
	}

	@Test
	void authorizeWhenLoginHintMatchesThenThatPersonIsPreselected() {
		Map<String, String> params = authorizeParams("spark:people_read");
		params.put("login_hint", "sam.patel@example.com");

		String html = this.http.authorize(params).body();

		assertThat(html).contains("value=\"" + this.simulator.users().get(1).id() + "\" selected");
	}

	@Test
	void stylesheetWhenRequestedThenServedAsCss() {
		HttpResponse<String> css = this.http.get("/v1/simulator-assets/simulator.css");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying((t) -> assertThat(t).startsWith("text/css"));
		assertThat(css.body()).contains(".sim-primary");
	}

	private static URI location(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		return URI.create(response.headers().firstValue("Location").orElseThrow());
	}

}
