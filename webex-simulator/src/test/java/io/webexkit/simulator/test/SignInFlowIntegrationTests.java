package io.webexkit.simulator.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.server.SimulatedIntegration;
import io.webexkit.simulator.server.SimulatorServer;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The sign-in against a real simulated Webex, with a stand-in for the application: it starts grants and, like Spring
 * Security, reports the codes it accepts. Each way a sign-in goes wrong must say why.
 */
class SignInFlowIntegrationTests {

	private static final String CLIENT_ID = "flow-client";

	private static final String SECRET = "flow-secret";

	private static final String SCOPES = String.join(" ", SimulatedIntegration.REGISTERED_SCOPES);

	private static final URI START = URI.create("http://localhost:8080/oauth2/authorization/webex");

	private static SimulatorServer server;

	private static GenericApplicationContext application;

	private static SignInFlow flow;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		server = SimulatorServer.builder()
			.integration(new SimulatedIntegration(CLIENT_ID, SECRET, List.of("http://localhost/oauth")))
			.start();
		application = new GenericApplicationContext();
		AcceptedCodes accepted = AcceptedCodes.observe(application);
		application.refresh();
		flow = new SignInFlow(server, new TestIntegration(SimulatedIntegration.REGISTERED_SCOPES, "/oauth", "webex", ""),
				CLIENT_ID, accepted);
	}

	@AfterAll
	static void stop() {
		application.close();
		server.close();
	}

	@AfterEach
	void showConsentPage() {
		server.simulator().behavior().clearAutoConsent();
	}

	@Test
	void signInWhenTheApplicationAcceptsThenTheCodeIsForThatPerson() throws Exception {
		SimulatedPerson sam = server.simulator().users().get(1);

		URI callback = flow.signIn(app(authorize("http://localhost:8080/oauth", SCOPES), true), START, sam);

		assertThat(callback).hasHost("localhost").hasPort(8080).hasPath("/oauth");
		assertThat(personBehind(SimulatedConsent.query(callback).get("code"))).isEqualTo(sam.displayName());
	}

	@Test
	void signInWhenWebexConsentsAutomaticallyAsThatPersonThenNoConsentPage() throws Exception {
		SimulatedPerson jordan = server.simulator().users().get(2);
		server.simulator().behavior().setAutoConsent(jordan.id());

		URI callback = flow.signIn(app(authorize("http://localhost:8080/oauth", SCOPES), true), START, jordan);

		assertThat(personBehind(SimulatedConsent.query(callback).get("code"))).isEqualTo(jordan.displayName());
	}

	@Test
	void signInWhenWebexConsentsAutomaticallyAsSomeoneElseThenRefusedBeforeSigningThemIn() {
		server.simulator().behavior().setAutoConsent(server.simulator().users().get(0).id());

		assertThatIllegalStateException()
			.isThrownBy(() -> flow.signIn(app(authorize("http://localhost:8080/oauth", SCOPES), true), START,
					server.simulator().users().get(1)))
			.withMessageContaining("would sign that person in instead")
			.withMessageContaining("showConsentPage()");
	}

	@Test
	void signInWhenTheApplicationDoesNotAcceptThenSaysItNeverRedeemedTheCode() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> flow.signIn(app(authorize("http://localhost:8080/oauth", SCOPES), false), START,
					server.simulator().users().get(0)))
			.withMessageContaining("did not accept Alex Rivera's sign-in")
			.withMessageContaining("answered 302 to /connect/failed")
			.withMessageContaining("never redeemed the code");
	}

	@Test
	void signInWhenTheGrantDoesNotStartThenPointsAtTheRegistrationId() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> flow.signIn((uri) -> new SignInFlow.Answer(404, null), START,
					server.simulator().users().get(0)))
			.withMessageContaining("answered 404, not a redirect to the simulated Webex")
			.withMessageContaining("registrationId");
	}

	@Test
	void signInWhenTheApplicationGoesToAnotherWebexThenPointsAtItsSettings() {
		URI realWebex = URI.create("https://webexapis.com/v1/authorize?client_id=x");

		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> flow.signIn(app(realWebex, true), START, server.simulator().users().get(0)))
			.withMessageContaining("led to " + realWebex)
			.withMessageContaining("webex.api-base-url");
	}

	@Test
	void signInWhenTheRedirectUriIsNotTheTestIntegrationsThenPointsAtTheSetting() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> flow.signIn(app(authorize("https://app.example.com/oauth", SCOPES), true), START,
					server.simulator().users().get(0)))
			.withMessageContaining("400 Invalid redirect URI")
			.withMessageContaining("The application's redirect URI is https://app.example.com/oauth")
			.withMessageContaining("leave webex.redirect-uri unset");
	}

	@Test
	void signInWhenTheApplicationAsksForAnotherScopeThenPointsAtTheAnnotation() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> flow.signIn(app(authorize("http://localhost:8080/oauth", "spark:teams_read"), true),
					START, server.simulator().users().get(0)))
			.withMessageContaining("error=invalid_scope")
			.withMessageContaining("@AutoConfigureWebexSimulator(scopes)");
	}

	/** The application: GRANT redirects to {@code authorize}; the callback is accepted (or not) as Spring's is. */
	private static SignInFlow.App app(URI authorize, boolean accepts) {
		Function<URI, SignInFlow.Answer> callback = (uri) -> {
			if (!accepts) {
				return new SignInFlow.Answer(302, "/connect/failed?reason=invalid_state_parameter");
			}
			application.publishEvent(new AuthenticationSuccessEvent(signedIn(uri)));
			return new SignInFlow.Answer(302, "/");
		};
		return (uri) -> uri.equals(START) ? new SignInFlow.Answer(302, authorize.toString()) : callback.apply(uri);
	}

	/** What Spring Security's OAuth2 login reports for a callback it accepted. */
	private static OAuth2LoginAuthenticationToken signedIn(URI callback) {
		String redirectUri = "http://localhost:8080/oauth";
		ClientRegistration registration = ClientRegistration.withRegistrationId("webex")
			.clientId(CLIENT_ID)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirectUri)
			.authorizationUri(server.apiBaseUrl() + "/authorize")
			.tokenUri(server.apiBaseUrl() + "/access_token")
			.build();
		OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(server.apiBaseUrl() + "/authorize")
			.clientId(CLIENT_ID)
			.redirectUri(redirectUri)
			.state("st")
			.build();
		OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse
			.success(SimulatedConsent.query(callback).get("code"))
			.redirectUri(redirectUri)
			.state("st")
			.build();
		return new OAuth2LoginAuthenticationToken(registration, new OAuth2AuthorizationExchange(request, response));
	}

	private static URI authorize(String redirectUri, String scope) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", CLIENT_ID);
		query.put("response_type", "code");
		query.put("redirect_uri", redirectUri);
		query.put("scope", scope);
		query.put("state", "st");
		return URI.create(server.apiBaseUrl() + "/authorize?" + query.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")));
	}

	/** Who the code was issued for: redeemed as the application would, then {@code people/me}. */
	private String personBehind(String code) throws Exception {
		String form = "grant_type=authorization_code&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
				+ "&redirect_uri=" + URLEncoder.encode("http://localhost:8080/oauth", StandardCharsets.UTF_8);
		HttpResponse<String> tokens = this.http.send(HttpRequest.newBuilder(URI.create(server.apiBaseUrl() + "/access_token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((CLIENT_ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonMapper json = JsonMapper.builder().build();
		String token = json.readTree(tokens.body()).get("access_token").asString();
		HttpResponse<String> me = this.http.send(HttpRequest.newBuilder(URI.create(server.apiBaseUrl() + "/people/me"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
		return json.readTree(me.body()).get("displayName").asString();
	}

}
