package io.webexkit.app.connect;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.webexkit.app.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the grant flow through the simulator's consent page, as a user would. */
public final class GrantFlow {

	private static final Pattern GRANT_LINK = Pattern.compile("<a class=\"button grant\" href=\"([^\"]+)\">GRANT</a>");

	private GrantFlow() {
	}

	/** GRANT, Accept as the default simulated person, back to the app; returns the SPACES page. */
	public static HttpResponse<String> connect(Browser browser) {
		return connect(browser, null);
	}

	public static HttpResponse<String> connect(Browser browser, String person) {
		URI callback = consent(browser, "accept", person);
		HttpResponse<String> landed = browser.follow(browser.get(callback.toString()));
		assertThat(landed.statusCode()).as("home after connect").isEqualTo(200);
		return browser.get("/spaces");
	}

	/**
	 * Where the home page's GRANT button leads (the active mode's registration), as a user would find it; it does not
	 * start a grant.
	 */
	public static String grantPath(Browser browser) {
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).as("home page").isEqualTo(200);
		Matcher link = GRANT_LINK.matcher(home.body());
		assertThat(link.find()).as("GRANT link on the home page").isTrue();
		return link.group(1);
	}

	/** Starts the grant and answers the consent page; returns the callback URL the simulator redirects to. */
	public static URI consent(Browser browser, String decision, String person) {
		return decide(browser, browser.get(grantPath(browser)), decision, person);
	}

	/** Accepts, as the default person, the grant that {@code start} began; returns the callback URL. */
	public static URI accept(Browser browser, HttpResponse<String> start) {
		return decide(browser, start, "accept", null);
	}

	/** Answers, as {@code person}, the consent page of the grant that {@code start} began; returns the callback URL. */
	public static URI consent(Browser browser, HttpResponse<String> start, String decision, String person) {
		return decide(browser, start, decision, person);
	}

	private static URI decide(Browser browser, HttpResponse<String> start, String decision, String person) {
		assertThat(start.statusCode()).as("grant start").isEqualTo(302);
		HttpResponse<String> consentPage = browser.get(browser.location(start).toString());
		assertThat(consentPage.statusCode()).as("consent page").isEqualTo(200);
		Map<String, String> form = new LinkedHashMap<>(Browser.hiddenInputs(consentPage.body()));
		form.put("decision", decision);
		form.put("person", (person != null) ? person : Browser.selectedOption(consentPage.body()));
		// the consent page's own origin: the app's in simulator mode, a standalone simulator's otherwise
		HttpResponse<String> decided = browser.post(consentPage.uri().resolve("/v1/authorize/decision").toString(),
				form);
		assertThat(decided.statusCode()).as("consent decision").isEqualTo(302);
		return browser.location(decided);
	}

}
