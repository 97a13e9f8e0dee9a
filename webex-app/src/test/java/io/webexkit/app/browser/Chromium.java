package io.webexkit.app.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's ChromeDriver, each with a fresh profile. As a JUnit condition it
 * skips a test class, with the packages to install, when either binary is missing: tests never download a browser.
 */
final class Chromium implements ExecutionCondition {

	static final File BROWSER = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (BROWSER.canExecute() && DRIVER.canExecute()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
		}
		return ConditionEvaluationResult.disabled("Browser tests skipped: " + BROWSER + " or " + DRIVER
				+ " is missing; install them with `apt-get install chromium chromium-driver`");
	}

	/** A new browser with its own empty profile; the caller quits it. */
	static ChromeDriver start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER);
		// Without the background-networking flags Chromium keeps dialling Google's hosts, which a closed network
		// refuses; the test pages are all served from localhost.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		// An explicit driver executable keeps Selenium Manager from looking for (or downloading) one.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.withTimeout(Duration.ofSeconds(60))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

}
