package io.webexkit.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;
import io.webexkit.spring.vault.TokenVault;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same-site attacks in a real browser: the attacker's pages are served from another port of this host (same site,
 * so Chromium sends the app's {@code SameSite=Lax} cookies with their requests, and cookies they set are this host's).
 */
@ExtendWith(Chromium.class)
@AppIntegrationTest
class SameSiteAttackBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@Autowired
	TokenVault vault;

	private HttpServer attacker;

	/** What the attacker's page at each path answers: a {@code Set-Cookie} header (or none) and the HTML. */
	private final Map<String, String[]> pages = new ConcurrentHashMap<>();

	@BeforeEach
	void startAttacker() throws IOException {
		this.attacker = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.attacker.createContext("/", this::answer);
		this.attacker.start();
	}

	@AfterEach
	void stop() {
		this.attacker.stop(0);
		this.simulator.reset();
	}

	@Test
	@Tag("F12")
	void disconnectWhenAPageOnAnotherPortPostsWithItsOwnTokenCookieThenRefusedAndStillConnected() { // F12
		SimulatedPerson alex = this.simulator.users().get(0);
		String token = "9c1f3e0a-2b4d-4e6f-8a1c-3d5e7f9b0a2c";
		this.pages.put("/win", new String[] { "XSRF-TOKEN=" + token + "; Path=/disconnect",
				"<form method=\"post\" action=\"http://localhost:" + this.port + "/disconnect\">"
						+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + Browser.maskedCsrfToken(token) + "\"></form>"
						+ "<script>document.forms[0].submit()</script>" });
		try (Visitor victim = new Visitor(this.port)) {
			grant(victim, alex);

			victim.driver().get(attackerUrl("/win"));
			victim.heading("Not allowed");

			assertThat(victim.text()).contains("This request came from another site, so it was refused");
			assertThat(this.vault.find("webex-simulator", alex.id())).as("still connected").isPresent();
			victim.visit("/").heading("Connected to Webex");
		}
	}

	@Test
	@Tag("F13")
	void spacesWhenAPageOnAnotherPortPlantedAnotherPersonsSessionThenNotShownAsThemAndCookiesCleared() { // F13
		SimulatedPerson alex = this.simulator.users().get(0);
		SimulatedPerson sam = this.simulator.users().get(1);
		Browser samsOwn = new Browser(this.port);
		GrantFlow.connect(samsOwn, sam.id());
		String samsSession = samsOwn.cookie("WEBEX_SESSION");
		this.pages.put("/gift", new String[] { "WEBEX_SESSION=" + samsSession + "; Path=/spaces; HttpOnly",
				"<p>Nothing to see here</p>" });
		try (Visitor victim = new Visitor(this.port)) {
			grant(victim, alex);
			victim.driver().get(attackerUrl("/gift"));

			victim.visit("/spaces").heading("Bad request");

			assertThat(victim.text()).contains("sign-ins of two different people").doesNotContain(sam.displayName());
			victim.visit("/").heading("Grant integration access"); // Clear-Site-Data took every cookie of the site
			assertThat(victim.driver().manage().getCookies()).isEmpty();
		}
	}

	private void grant(Visitor visitor, SimulatedPerson person) {
		visitor.visit("/").follow("GRANT");
		visitor.heading("would like to access your Webex account");
		visitor.choose("Sign in as", person.displayName());
		visitor.press("Accept");
		visitor.heading("Connected to Webex");
	}

	private String attackerUrl(String path) {
		return "http://localhost:" + this.attacker.getAddress().getPort() + path;
	}

	private void answer(HttpExchange exchange) throws IOException {
		String[] page = this.pages.getOrDefault(exchange.getRequestURI().getPath(), new String[] { null, "" });
		if (page[0] != null) {
			exchange.getResponseHeaders().add("Set-Cookie", page[0]);
		}
		byte[] html = ("<!DOCTYPE html><html><body>" + page[1] + "</body></html>").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html;charset=utf-8");
		try {
			exchange.sendResponseHeaders(200, html.length);
			exchange.getResponseBody().write(html);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			exchange.close();
		}
	}

}
