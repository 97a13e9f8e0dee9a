package com.example.rooms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.webexkit.simulator.test.AutoConfigureWebexSimulator;
import io.webexkit.simulator.test.HttpSignIn;
import io.webexkit.simulator.test.SimulatedWebex;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter's default security for a host app, against a page of the same site (another port of this host): a
 * form it posts is refused when the browser says where it comes from, and a planted second session is not used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebexSimulator
@Import(SameSiteIntegrationTests.Notes.class)
class SameSiteIntegrationTests {

	@Autowired
	SimulatedWebex webex;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void postWhenTheBrowserSaysItComesFromAnotherOriginThenRefused() throws Exception { // F12
		HttpSignIn alex = this.webex.signIn(this.webex.person(0));
		String token = get(alex, "/token").body();
		for (Map<String, String> headers : new Map[] { Map.of("Origin", "http://localhost:1"),
				Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "null") }) {
			assertThat(post(alex, token, headers).statusCode()).as("%s", headers).isEqualTo(403);
		}
		HttpResponse<String> sameOrigin = post(alex, token,
				Map.of("Origin", alex.origin().toString(), "Sec-Fetch-Site", "same-origin"));
		assertThat(sameOrigin.statusCode()).isEqualTo(200);
		assertThat(sameOrigin.body()).isEqualTo("saved for " + this.webex.person(0).id());
	}

	@Test
	void requestWhenTheBrowserSendsTwoSessionsThenRefusedAndTheBrowserAskedToClearCookies() throws Exception { // F13
		HttpSignIn alex = this.webex.signIn(this.webex.person(0));
		HttpSignIn sam = this.webex.signIn(this.webex.person(1));
		HttpSignIn both = new HttpSignIn(alex.person(), alex.origin(), sam.cookie() + "; " + alex.cookie());
		HttpResponse<String> count = get(both, "/count");
		assertThat(count.statusCode()).isEqualTo(400);
		assertThat(count.body()).doesNotContain("rooms=");
		assertThat(count.headers().firstValue("Clear-Site-Data")).hasValue("\"cookies\"");
		assertThat(get(alex, "/count").body()).as("one session at a time still works").startsWith("rooms=");
	}

	private HttpResponse<String> get(HttpSignIn who, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(who.origin() + path)).header("Cookie", who.cookie())
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpSignIn who, String token, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(who.origin() + "/notes"))
			.header("Cookie", who.cookie())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
		headers.forEach(request::header);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A host's own form endpoint, and its token for tests (a page would put it in a hidden field). */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	static class Notes {

		@GetMapping("/token")
		String token(CsrfToken token) {
			return token.getToken();
		}

		@PostMapping("/notes")
		String save(java.security.Principal principal) {
			return "saved for " + principal.getName();
		}

	}

}
