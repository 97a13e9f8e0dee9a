package io.webexkit.simulator.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.webexkit.simulator.SimulatedPerson;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A person at the simulated Webex, over real HTTP: opens the authorization request the application sent the browser
 * to, presses Accept as that person on the consent page, and says where Webex sends the browser back. Answering the
 * page (rather than switching automatic consent on and off) keeps concurrent sign-ins apart.
 */
final class SimulatedConsent {

	private static final Pattern CONSENT_ID = Pattern
		.compile("<input type=\"hidden\" name=\"consent\" value=\"([^\"]+)\">");

	private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

	private static final Pattern ERROR = Pattern.compile("<h1>([^<]*)</h1>\\s*<p class=\"sim-error\">([^<]*)</p>");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final WebexSimulator simulator;

	private final TestIntegration integration;

	SimulatedConsent(WebexSimulator simulator, TestIntegration integration) {
		this.simulator = simulator;
		this.integration = integration;
	}

	/** The application's redirect URI with a code for {@code person}, as Webex redirects the browser to it. */
	URI accept(URI authorize, SimulatedPerson person) {
		Optional<String> automatic = this.simulator.behavior().autoConsent();
		if (automatic.isPresent() && !automatic.get().equals(person.id())) {
			throw new IllegalStateException("Automatic consent is on for person " + automatic.get() + " (consentAs): "
					+ "signing in " + person.displayName() + " would sign that person in instead; call "
					+ "showConsentPage() first");
		}
		HttpResponse<String> page = send(HttpRequest.newBuilder(authorize).GET());
		HttpResponse<String> answer = page;
		if (page.statusCode() == 200) {
			answer = send(HttpRequest.newBuilder(authorize.resolve(find(FORM_ACTION, page)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("consent=" + encode(find(CONSENT_ID, page))
						+ "&decision=accept&person=" + encode(person.id()))));
		}
		if (answer.statusCode() != 302) {
			throw new AssertionError("The simulated Webex refused the application's authorization request "
					+ authorize + ": " + answer.statusCode() + " " + pageError(answer) + hint(authorize));
		}
		URI callback = authorize.resolve(answer.headers().firstValue("Location").orElseThrow());
		Map<String, String> query = query(callback);
		if (query.containsKey("error")) {
			throw new AssertionError("The simulated Webex answered the application's authorization request with "
					+ "error=" + query.get("error") + " (" + query.get("error_description") + ")"
					+ ("invalid_scope".equals(query.get("error"))
							? ": list the scopes the application asks for in @AutoConfigureWebexSimulator(scopes)" : ""));
		}
		return callback;
	}

	/** The decoded query parameters of {@code uri}, the first of each name. */
	static Map<String, String> query(URI uri) {
		Map<String, String> values = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(uri).build().getQueryParams().forEach((name, list) -> {
			String value = list.get(0);
			values.put(name, (value != null) ? UriUtils.decode(value, StandardCharsets.UTF_8) : "");
		});
		return values;
	}

	private String hint(URI authorize) {
		String redirectUri = query(authorize).get("redirect_uri");
		if (redirectUri == null
				|| (redirectUri.startsWith("http://localhost:") && redirectUri.endsWith(this.integration.callbackPath()))) {
			return "";
		}
		return ". The application's redirect URI is " + redirectUri + "; the test integration accepts "
				+ "http://localhost:<any port>" + this.integration.callbackPath() + ": leave webex.redirect-uri "
				+ "unset in tests, or set @AutoConfigureWebexSimulator(callbackPath)";
	}

	private static String pageError(HttpResponse<String> response) {
		Matcher matcher = ERROR.matcher(response.body());
		return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1) + ": " + matcher.group(2)) : "";
	}

	private static String find(Pattern pattern, HttpResponse<String> page) {
		Matcher matcher = pattern.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("Not the simulated Webex's consent page: " + page.uri());
		}
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The simulated Webex did not answer " + request.build().uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
