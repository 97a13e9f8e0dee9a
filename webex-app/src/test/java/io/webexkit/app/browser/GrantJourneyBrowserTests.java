package io.webexkit.app.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The grant flow in a real browser, in simulator mode, by clicks only. */
@ExtendWith(Chromium.class)
@AppIntegrationTest
class GrantJourneyBrowserTests {

	private static final By NEXT_PAGE = By.cssSelector("a[rel=next]");

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	/** Each step starts and ends on a page a person would see; a new feature adds a step in between. */
	@Test
	void journeyWhenGrantedThenSpacesThenDisconnectThenGrantAgainThenLogOut() {
		try (Visitor alex = new Visitor(this.port)) {
			alex.visit("/");
			grantAs(alex, "Alex Rivera");
			viewProfile(alex, "Alex Rivera");
			browseSpaces(alex);
			postInASpace(alex);
			disconnect(alex);
			grantAs(alex, "Alex Rivera");
			logOut(alex);
		}
	}

	@Test
	void consentWhenDeclinedThenFriendlyPageAndGrantAgainConnects() {
		try (Visitor visitor = new Visitor(this.port)) {
			visitor.visit("/").follow("GRANT");
			visitor.heading("would like to access your Webex account");
			visitor.press("Decline");
			visitor.heading("Access was not granted");
			assertThat(visitor.text()).contains("You declined").contains("access_denied");

			visitor.follow("GRANT again");
			visitor.heading("would like to access your Webex account");
			visitor.press("Accept");
			visitor.heading("Connected to Webex");
		}
	}

	@Test
	void spacesWhenAnotherPersonSignsInInAnotherBrowserThenShowsOnlyTheirSpaces() {
		try (Visitor alex = new Visitor(this.port); Visitor sam = new Visitor(this.port)) {
			alex.visit("/");
			grantAs(alex, "Alex Rivera");
			sam.visit("/");
			grantAs(sam, "Sam Patel");

			alex.follow("SPACES").heading("Your spaces");
			sam.follow("SPACES").heading("Your spaces");
			List<String> alexTitles = alex.spaceTitles();
			List<String> samTitles = sam.spaceTitles();

			assertThat(alexTitles).hasSize(50);
			assertThat(alex.has(NEXT_PAGE)).isTrue();
			// Sam's 40 spaces and the demo space Sam shares with Alex
			assertThat(samTitles).hasSize(41).isNotEqualTo(alexTitles.subList(0, 41));
			assertThat(sam.has(NEXT_PAGE)).isFalse();
			assertThat(sam.driver().findElement(By.cssSelector(".who")).getText()).endsWith("Sam Patel");
		}
	}

	@Test
	void spacesWhenPersonIsInNoSpaceThenSaysSo() {
		try (Visitor jordan = new Visitor(this.port)) {
			jordan.visit("/");
			grantAs(jordan, "Jordan Lee");
			jordan.follow("SPACES").heading("Your spaces");
			assertThat(jordan.text()).contains("You are in no spaces yet");
			assertThat(jordan.has(By.cssSelector("table.spaces"))).isFalse();
			jordan.screenshot("spaces-empty");
		}
	}

	@Test
	void grantWhenUsingTheKeyboardOnlyThenReachesConsent() {
		try (Visitor visitor = new Visitor(this.port)) {
			visitor.visit("/").heading("Grant integration access");
			WebElement focused = null;
			for (int tabs = 0; tabs < 10; tabs++) {
				new Actions(visitor.driver()).sendKeys(Keys.TAB).perform();
				focused = visitor.driver().switchTo().activeElement();
				if ("GRANT".equals(focused.getText())) {
					break;
				}
			}
			assertThat(focused).isNotNull();
			assertThat(focused.getText()).as("focused element after Tab presses").isEqualTo("GRANT");
			assertThat(focused.getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");
			new Actions(visitor.driver()).sendKeys(Keys.ENTER).perform();
			visitor.heading("would like to access your Webex account");
		}
	}

	private static void grantAs(Visitor visitor, String person) {
		visitor.follow("GRANT");
		visitor.heading("Webex Integration Kit would like to access your Webex account");
		assertThat(visitor.text()).contains("Simulated Webex")
			.contains("spark:people_read")
			.contains("spark:rooms_read");
		visitor.choose("Sign in as", person);
		visitor.press("Accept");
		visitor.heading("Connected to Webex");
		assertThat(visitor.text()).contains("Signed in as " + person);
	}

	/** The avatar comes from the simulated Webex, which is this app's own origin here. */
	static void viewProfile(Visitor visitor, String person) {
		visitor.console(); // only what this page logs
		visitor.follow("Profile");
		visitor.heading(person);
		assertThat(visitor.loadedImageWidth("img.avatar")).as("avatar shown").isPositive();
		assertThat(visitor.console()).noneMatch((line) -> line.contains("Content Security Policy"));
		visitor.follow("Webex Integration Kit");
		visitor.heading("Connected to Webex");
	}

	private static void browseSpaces(Visitor visitor) {
		visitor.follow("SPACES");
		visitor.heading("Your spaces");
		List<String> first = visitor.spaceTitles();
		assertThat(first).hasSize(50);
		visitor.driver().findElement(NEXT_PAGE).click();
		visitor.heading("Your spaces");
		visitor.follow("First page");
		assertThat(visitor.spaceTitles()).isEqualTo(first);
		visitor.follow("Webex Integration Kit");
		visitor.heading("Connected to Webex");
	}

	private static void postInASpace(Visitor visitor) {
		visitor.follow("SPACES");
		visitor.heading("Your spaces");
		WebElement firstSpace = visitor.driver().findElement(By.cssSelector("table.spaces td.title a"));
		String title = firstSpace.getText();
		firstSpace.click();
		visitor.heading(title);
		String message = "Posted from the browser test <b>not bold</b>";
		visitor.driver().findElement(By.id("text")).sendKeys(message);
		visitor.press("Post");
		visitor.heading(title);
		new WebDriverWait(visitor.driver(), Duration.ofSeconds(30))
			.until((driver) -> visitor.text().contains(message));
		visitor.follow("Webex Integration Kit");
		visitor.heading("Connected to Webex");
	}

	/** Still signed in to the app, no longer connected: the page and the header say so. */
	private static void disconnect(Visitor visitor) {
		visitor.press("Disconnect");
		visitor.heading("Disconnected");
		assertThat(visitor.text()).contains("This app can no longer act for you in Webex")
			.contains("not connected to Webex");
		assertThat(visitor.has(By.xpath("//a[normalize-space()='GRANT']"))).isTrue();
		assertThat(visitor.has(By.xpath("//nav//a[normalize-space()='Spaces']"))).as("Spaces in the header").isFalse();
	}

	private static void logOut(Visitor visitor) {
		visitor.press("Log out");
		visitor.heading("Grant integration access");
		assertThat(visitor.has(By.xpath("//button[normalize-space()='Log out']"))).isFalse();
		visitor.visit("/spaces");
		visitor.heading("Grant integration access");
		assertThat(visitor.path()).isEqualTo("/");
	}

}
