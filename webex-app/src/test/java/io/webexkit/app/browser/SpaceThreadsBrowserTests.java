package io.webexkit.app.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A space page in a real browser, as two people use it: one posts a file mentioning the other, downloads it back
 * through the app; the other replies in the thread, and the reply shows under the message.
 */
@ExtendWith(Chromium.class)
@AppIntegrationTest
class SpaceThreadsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void threadReplyMentionAndFileDownloadWhenUsedInTheBrowserThenShownInPlaceAndDownloaded() throws Exception {
		String runbook = "Restart the primary, then the replicas. " + java.util.UUID.randomUUID();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("runbook-", ".txt");
		java.nio.file.Files.writeString(file, runbook);
		try (Visitor alex = new Visitor(this.port); Visitor sam = new Visitor(this.port)) {
			openTheDemoSpace(alex, "Alex Rivera");
			alex.driver().findElement(By.id("text")).sendKeys("Runbook attached");
			new Select(alex.driver().findElement(By.id("mention"))).selectByVisibleText("Sam Patel");
			alex.driver().findElement(By.id("file")).sendKeys(file.toString());
			alex.press("Post");
			alex.heading("Webex Kit Demo");
			WebElement posted = new WebDriverWait(alex.driver(), Duration.ofSeconds(10))
				.until((driver) -> driver.findElement(By.xpath("//li[contains(@class, 'message')][contains(., 'Runbook attached')]")));
			assertThat(posted.findElement(By.cssSelector(".mention")).getText()).isEqualTo("@Sam Patel");
			String href = posted.findElement(By.cssSelector(".files a")).getDomAttribute("href");
			Object downloaded = alex.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ "fetch(arguments[0]).then(function (r) { return r.text(); }).then(done, function (e) { done('failed: ' + e); });",
					href);
			assertThat(downloaded).as("the file, through the app").isEqualTo(runbook);

			openTheDemoSpace(sam, "Sam Patel");
			WebElement message = sam.driver()
				.findElement(By.xpath("//li[contains(@class, 'message')][contains(., 'Runbook attached')]"));
			message.findElement(By.cssSelector(".reply-form summary")).click();
			message.findElement(By.cssSelector(".reply-form textarea")).sendKeys("Thanks, reading it");
			message.findElement(By.xpath(".//form[contains(@action, 'parentId=')]//button[normalize-space()='Reply']"))
				.click();
			sam.heading("Webex Kit Demo");
			new WebDriverWait(sam.driver(), Duration.ofSeconds(10)).until((driver) -> !driver.findElements(By.xpath(
					"//li[contains(@class, 'message')][contains(., 'Runbook attached')]//ol[@class='replies']"
							+ "//li[contains(., 'Thanks, reading it')]"))
				.isEmpty());
			sam.screenshot("space-thread");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
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
	}

}
