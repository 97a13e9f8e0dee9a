package io.webexkit.app.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, checked in a real browser: accessibility (axe-core), a phone-sized viewport, the content security
 * policy, and a screenshot of each, the whole page, for the README ({@code scripts/screenshots.sh} copies them to
 * {@code docs/screenshots}).
 */
@ExtendWith(Chromium.class)
@AppIntegrationTest
class PagesBrowserTests {

	private static final int PHONE_WIDTH = 375;

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void pagesWhenCheckedWithAxeThenHaveNoSeriousOrCriticalViolations() {
		Map<String, List<String>> violations = new LinkedHashMap<>();
		walk((page, visitor) -> {
			List<String> found = visitor.seriousAccessibilityViolations();
			if (!found.isEmpty()) {
				violations.put(page, found);
			}
			visitor.screenshotWholePage(page);
		});
		assertThat(violations).isEmpty();
	}

	/** The card keeps a margin each side, and a scope moves to the next line whole rather than breaking. */
	@Test
	void consentWhenPhoneWideThenTheCardHasSideMarginsAndNoScopeIsBrokenAcrossLines() {
		try (Visitor visitor = new Visitor(this.port)) {
			visitor.visit("/").follow("GRANT").heading("would like to access your Webex account");
			visitor.phone(PHONE_WIDTH);

			Map<String, Object> card = visitor.box(".sim-card");
			assertThat(((Number) card.get("left")).doubleValue()).as("left margin").isGreaterThanOrEqualTo(12);
			assertThat(((Number) card.get("right")).doubleValue()).as("right edge")
				.isLessThanOrEqualTo(PHONE_WIDTH - 12);
			assertThat(visitor.linesOf(".sim-scopes code")).as("lines each scope takes").isNotEmpty().containsOnly(1L);
			visitor.screenshot("consent-" + PHONE_WIDTH);
		}
	}

	@Test
	void pagesWhenPhoneWideThenNeedNoHorizontalScrolling() {
		Map<String, Long> tooWide = new LinkedHashMap<>();
		walk((page, visitor) -> {
			visitor.phone(PHONE_WIDTH);
			long width = visitor.scrollWidth();
			if (width > PHONE_WIDTH) {
				tooWide.put(page, width);
			}
			visitor.screenshot(page + "-" + PHONE_WIDTH);
			visitor.desktop();
		});
		assertThat(tooWide).as("document widths wider than the phone").isEmpty();
	}

	@Test
	void pagesWhenLoadedThenBrowserReportsNoContentSecurityPolicyViolation() {
		List<String> console = new ArrayList<>();
		walk((page, visitor) -> {
			if (page.equals("home")) {
				visitor.log("console is recorded");
			}
			visitor.console().forEach((line) -> console.add(page + ": " + line));
		});
		assertThat(console).anyMatch((line) -> line.contains("console is recorded"));
		assertThat(console).noneMatch((line) -> line.contains("Content Security Policy") || line.contains("Refused to"));
	}

	/**
	 * Visits home, consent, the declined page, connected home, spaces, the demo space, home after Disconnect and a
	 * page that needs Webex after it, in that order, checking each.
	 */
	private void walk(BiConsumer<String, Visitor> check) {
		try (Visitor visitor = new Visitor(this.port)) {
			visitor.visit("/").heading("Grant integration access");
			check.accept("home", visitor);
			visitor.follow("GRANT").heading("would like to access your Webex account");
			check.accept("consent", visitor);
			visitor.press("Decline").heading("Access was not granted");
			check.accept("declined", visitor);
			visitor.follow("GRANT again").heading("would like to access your Webex account");
			visitor.press("Accept").heading("Connected to Webex");
			check.accept("connected", visitor);
			visitor.follow("SPACES").heading("Your spaces");
			check.accept("spaces", visitor);
			visitor.follow("Webex Kit Demo").heading("Webex Kit Demo");
			check.accept("space", visitor);
			visitor.follow("Webex Integration Kit").heading("Connected to Webex");
			visitor.press("Disconnect").heading("Disconnected");
			check.accept("disconnected", visitor);
			visitor.visit("/spaces").heading("Access removed"); // as from a bookmark
			check.accept("access-removed", visitor);
		}
	}

}
