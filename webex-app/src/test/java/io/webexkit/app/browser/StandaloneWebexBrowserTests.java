package io.webexkit.app.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.AppInstance;
import io.webexkit.app.StandaloneSimulator;
import io.webexkit.app.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's set-up with a standalone simulated Webex in a real browser: its consent page is on another origin, so
 * its form's redirect back to the app, and the avatar it serves, must both pass the pages' content security policies.
 */
@ExtendWith(Chromium.class)
class StandaloneWebexBrowserTests {

	@Test
	void grantWhenWebexIsOnAnotherOriginThenAcceptReachesTheAppAndTheAvatarShows() throws IOException {
		int port = TestPostgres.freePort();
		String redirectUri = "http://localhost:" + port + "/oauth";
		try (StandaloneSimulator webex = StandaloneSimulator.start()) {
			webex.simulator().registerClient("browser-test", "browser-secret", "Webex Integration Kit",
					AppInstance.DEFAULT_SCOPES, Set.of(redirectUri));
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("server.port", Integer.toString(port));
			properties.put("webex.data-dir", Files.createTempDirectory("webex-browser").toString());
			properties.put("webex.client-id", "browser-test");
			properties.put("webex.client-secret", "browser-secret");
			properties.put("webex.api-base-url", webex.apiBaseUrl());
			properties.put("webex.redirect-uri", redirectUri);
			try (AppInstance app = AppInstance.start(properties); Visitor sam = new Visitor(port)) {
				sam.visit("/").follow("GRANT");
				sam.heading("Webex Integration Kit would like to access your Webex account");
				assertThat(sam.driver().getCurrentUrl()).startsWith(webex.apiBaseUrl());
				sam.choose("Sign in as", "Sam Patel");
				sam.press("Accept");
				sam.heading("Connected to Webex");
				assertThat(sam.text()).contains("Signed in as Sam Patel");
				List<String> console = sam.console();
				GrantJourneyBrowserTests.viewProfile(sam, "Sam Patel");
				assertThat(console).noneMatch((line) -> line.contains("Content Security Policy"));
			}
		}
	}

}
