package io.webexkit.simulator;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import io.webexkit.simulator.testapp.SimulatorTestApplication;

import static io.webexkit.simulator.SimulatorHttp.CLIENT_ID;
import static io.webexkit.simulator.SimulatorHttp.CLIENT_SECRET;
import static io.webexkit.simulator.SimulatorHttp.REDIRECT_URI;
import static io.webexkit.simulator.SimulatorHttp.VERIFIER;
import static io.webexkit.simulator.SimulatorHttp.authorizeParams;
import static io.webexkit.simulator.SimulatorHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Generated people survive reset, so this class gets a simulator of its own. */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GeneratedPeopleIntegrationTests {

	private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>([^<]+)</option>");

	@Autowired
	private WebexSimulator simulator;

	@LocalServerPort
	private int port;

	private SimulatorHttp http;

	@BeforeEach
	void setUp() {
		if (this.simulator.users().size() == 3) {
			this.simulator.addGeneratedPeople(300);
		}
		this.simulator.reset();
		this.simulator.registerClient(CLIENT_ID, CLIENT_SECRET, "Spaces",
				Set.of("spark:people_read", "spark:rooms_read", "spark:messages_read"), Set.of(REDIRECT_URI));
		this.http = new SimulatorHttp(this.port);
	}

	@Test
	void authorizeWhenPeopleGeneratedThenEveryOneIsOfferedAfterTheCast() {
		HttpResponse<String> page = this.http.authorize(authorizeParams("spark:people_read"));

		Matcher options = OPTION.matcher(page.body());
		List<String> names = options.results().map((option) -> option.group(2)).toList();
		assertThat(names).hasSize(303);
		assertThat(names.get(0)).startsWith("Alex Rivera");
		assertThat(names.get(3)).isEqualTo("Test User 0001 (test.user.0001@example.com)");
		assertThat(names.get(302)).isEqualTo("Test User 0300 (test.user.0300@example.com)");
	}

	@Test
	void authorizeWhenLoginHintNamesAGeneratedPersonThenPreselected() {
		var params = authorizeParams("spark:people_read");
		params.put("login_hint", "test.user.0042@example.com");

		String html = this.http.authorize(params).body();

		assertThat(html).contains("value=\"" + this.simulator.users().get(44).id() + "\" selected");
	}

	@Test
	void grantWhenGeneratedPersonChosenThenTokensSpeakForThem() {
		for (int index : new int[] { 3, 260, 302 }) {
			SimulatedPerson person = this.simulator.users().get(index);
			String code = this.http.code(authorizeParams("spark:people_read spark:rooms_read"), person.id());
			String token = json(this.http.exchange(code, VERIFIER)).get("access_token").asString();

			assertThat(json(this.http.bearer("/v1/people/me", token)).get("displayName").asString())
				.isEqualTo(person.displayName());
			HttpResponse<String> rooms = this.http.bearer("/v1/rooms?max=100", token);
			assertThat(json(rooms).get("items")).hasSize(SeedData.GENERATED_ROOMS);
			String roomId = json(rooms).get("items").get(0).get("id").asString();
			assertThat(this.http.bearer("/v1/rooms/" + encode(roomId), token).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void messagesWhenGeneratedPersonBeyond256ThenPagedByMessageId() {
		SimulatedPerson person = this.simulator.users().get(290);
		String token = this.simulator
			.issueTokensDirectly(person.id(), Set.of("spark:rooms_read", "spark:messages_read"))
			.accessToken();
		String roomId = json(this.http.bearer("/v1/rooms?max=1", token)).get("items").get(0).get("id").asString();

		HttpResponse<String> first = this.http.bearer("/v1/messages?roomId=" + encode(roomId) + "&max=1", token);
		String newest = json(first).get("items").get(0).get("id").asString();
		HttpResponse<String> older = this.http
			.bearer("/v1/messages?roomId=" + encode(roomId) + "&max=1&beforeMessage=" + encode(newest), token);

		assertThat(older.statusCode()).isEqualTo(200);
		assertThat(json(older).get("items").get(0).get("id").asString()).isNotEqualTo(newest);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
