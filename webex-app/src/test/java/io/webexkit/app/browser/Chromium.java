package io.webexkit.app.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through Debian's ChromeDriver, each with a fresh profile. As a JUnit condition it
 * skips a test class, with the packages to install, when either binary is missing, except in CI ({@code CI=true}),
 * where a missing browser fails the class: a green build must mean the browser tests ran. Tests never download a
 * browser; {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER_BINARY} point them at other binaries.
 */
final class Chromium implements ExecutionCondition {

	static final File BROWSER = binary("CHROMIUM_BINARY", "/usr/bin/chromium");

	static final File DRIVER = binary("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		return evaluate(BROWSER, DRIVER, "true".equalsIgnoreCase(System.getenv("CI")));
	}

	static ConditionEvaluationResult evaluate(File browser, File driver, boolean ci) {
		if (browser.canExecute() && driver.canExecute()) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed");
		}
		String absent = Stream.of(browser, driver)
			.filter((file) -> !file.canExecute())
			.map(File::toString)
			.collect(Collectors.joining(" and "));
		String missing = absent + " missing; install them with `apt-get install chromium chromium-driver`";
		if (ci) {
			// JUnit reports an exception thrown here as the class failing, not as skipped
			throw new IllegalStateException("Browser tests cannot run in CI (CI=true): " + missing);
		}
		return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing + " (with CI=true this fails)");
	}

	private static File binary(String variable, String debianPath) {
		String configured = System.getenv(variable);
		return new File((configured != null && !configured.isBlank()) ? configured : debianPath);
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
