package io.webexkit.app.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.webexkit.app.ReceivedWebhooks;
import io.webexkit.app.TestPostgres;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people in one space, each in their own browser, in simulator mode with webhooks on (the simulated Webex
 * delivers them to this app): what one posts shows on the other's open page, once, escaped, without a reload. How
 * fast is measured by {@code bench/webhooks.sh} (delivery to screen), not here.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class LiveSpaceBrowserTests {

	static final int PORT = TestPostgres.freePort();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		ReceivedWebhooks.deliverTo(registry, PORT);
	}

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void messagePostedBySamThenShowsOnAlexsOpenPageWithoutReload() {
		try (Visitor alex = new Visitor(PORT); Visitor sam = new Visitor(PORT)) {
			openTheDemoSpace(alex, "Alex Rivera");
			openTheDemoSpace(sam, "Sam Patel");
			new WebDriverWait(alex.driver(), Duration.ofSeconds(10)).until((driver) -> "on"
				.equals(driver.findElement(By.id("live-state")).getDomAttribute("data-live-state")));
			// a reload would forget this
			alex.driver().executeScript("window.samePage = true");

			String message = "Hello Alex, from Sam's browser <b>not bold</b>";
			sam.driver().findElement(By.id("text")).sendKeys(message);
			sam.press("Post");
			// a deadline for a lost message, not a speed target
			new WebDriverWait(alex.driver(), Duration.ofSeconds(30)).until((driver) -> alex.text().contains(message));

			assertThat(alex.driver().executeScript("return window.samePage === true")).as("no reload").isEqualTo(true);
			assertThat(alex.driver().findElements(By.xpath("//li[@class='message'][contains(., 'Hello Alex')]")))
				.as("shown once").hasSize(1);
			assertThat(alex.driver().findElements(By.cssSelector(".message b"))).as("escaped").isEmpty();
			alex.screenshot("space-live");
		}
	}

	private static void openTheDemoSpace(Visitor visitor, String person) {
		visitor.visit("/").follow("GRANT");
		visitor.heading("would like to access your Webex account");
		visitor.choose("Sign in as", person);
		visitor.press("Accept");
		visitor.heading("Connected to Webex");
		visitor.follow("SPACES").heading("Your spaces");
		visitor.follow("Webex Kit Demo").heading("Webex Kit Demo");
		assertThat(visitor.text()).contains("New messages appear here as they arrive.");
	}

}
