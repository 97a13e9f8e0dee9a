package io.webexkit.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person in one browser, acting the way people do: following links and pressing buttons by their visible text,
 * and filling fields by their labels. Only the first visit types an address.
 */
final class Visitor implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver = Chromium.start();

	private final String base;

	Visitor(int port) {
		this.base = "http://localhost:" + port;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	Visitor visit(String path) {
		this.driver.get(this.base + path);
		return this;
	}

	Visitor follow(String linkText) {
		this.driver.findElement(By.xpath("//a[normalize-space()=" + literal(linkText) + "]")).click();
		return this;
	}

	Visitor press(String buttonText) {
		button(buttonText).click();
		return this;
	}

	WebElement button(String text) {
		return this.driver.findElement(By.xpath("//button[normalize-space()=" + literal(text) + "]"));
	}

	/** Chooses the option whose text starts with {@code optionText} in the field labelled {@code label}. */
	Visitor choose(String label, String optionText) {
		WebElement labelElement = this.driver
			.findElement(By.xpath("//label[normalize-space()=" + literal(label) + "]"));
		WebElement field = this.driver.findElement(By.id(labelElement.getDomAttribute("for")));
		field.findElement(By.xpath("option[starts-with(normalize-space(), " + literal(optionText) + ")]")).click();
		return this;
	}

	/** Waits until the page's main heading contains {@code text}, and returns the heading. */
	String heading(String text) {
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	String path() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	List<String> spaceTitles() {
		return this.driver.findElements(By.cssSelector("table.spaces td.title"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Waits until the image matched by {@code css} has loaded, and returns its width in pixels (0: it did not). */
	long loadedImageWidth(String css) {
		try {
			return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((driver) -> {
				Object width = ((JavascriptExecutor) driver).executeScript(
						"var img = document.querySelector(arguments[0]); return img && img.complete ? img.naturalWidth : null",
						css);
				return (width instanceof Number number && number.longValue() > 0) ? number.longValue() : null;
			});
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			return 0;
		}
	}

	boolean has(By locator) {
		return !this.driver.findElements(locator).isEmpty();
	}

	Visitor screenshot(String name) {
		return save(name, this.driver.getScreenshotAs(OutputType.BYTES));
	}

	/** The whole page, however long, as wide as the window: a page's last card is not cut off. */
	Visitor screenshotWholePage(String name) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", content.get("width"), "height",
				content.get("height"), "scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return save(name, Base64.getDecoder().decode((String) shot.get("data")));
	}

	private Visitor save(String name, byte[] png) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Lays the page out as a phone would (CSS pixels wide, mobile viewport), until {@link #desktop()}. */
	Visitor phone(int width) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 812, "deviceScaleFactor", 1, "mobile", true));
		return this;
	}

	Visitor desktop() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		return this;
	}

	/** The bounding box of the first element matched by {@code css}, in CSS pixels. */
	@SuppressWarnings("unchecked")
	Map<String, Object> box(String css) {
		return (Map<String, Object>) ((JavascriptExecutor) this.driver).executeScript(
				"var r = document.querySelector(arguments[0]).getBoundingClientRect();"
						+ " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};",
				css);
	}

	/** How many lines each element matched by {@code css} is laid out on. */
	@SuppressWarnings("unchecked")
	List<Long> linesOf(String css) {
		return (List<Long>) ((JavascriptExecutor) this.driver).executeScript(
				"return Array.from(document.querySelectorAll(arguments[0]), (e) => e.getClientRects().length);", css);
	}

	long scrollWidth() {
		return ((Number) ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth")).longValue();
	}

	/** The axe-core violations a user would notice most: impact {@code serious} or {@code critical}. */
	List<String> seriousAccessibilityViolations() {
		Results results = new AxeBuilder().analyze(this.driver);
		assertThat(results.getErrorMessage()).as("axe-core error").isNull();
		assertThat(results.getPasses()).as("axe-core checked something").isNotEmpty();
		return results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(Visitor::describe)
			.toList();
	}

	Visitor log(String message) {
		((JavascriptExecutor) this.driver).executeScript("console.error(arguments[0])", message);
		return this;
	}

	/** Console messages logged since the last call. */
	List<String> console() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString).toList();
	}

	@Override
	public void close() {
		this.driver.quit();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

	private static String literal(String text) {
		return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
	}

}
