package io.webexkit.app.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.AppIntegrationTest;
import io.webexkit.app.Browser;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the app serves, with hostile path segments and parameters, anonymous and signed in, GET and POST with
 * and without a CSRF token: never a 5xx, never a stack trace or exception name in a body, never an ERROR logged. The
 * routes come from the running context (controllers, the simulated Webex's endpoints in simulator mode), so a new
 * one is covered without touching this test; those answered by filters are listed here.
 */
@AppIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIntegrationTests {

	static final Pattern STACK_TRACE = Pattern.compile("\\tat [\\w$.]+\\(|\\b[\\w$]+(Exception|Error)\\b[:\\s]"
			+ "|\\.java:\\d+|\\bjava\\.lang\\.|\\borg\\.springframework\\.|\\bio\\.webexkit\\.");

	static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+\\s+ERROR\\s");

	static final Pattern LOG_LINE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T");

	static final String TOMCAT_PARSE_ERROR = "o.apache.coyote.http11.Http11Processor   : Error parsing HTTP request header";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	WebexSimulator simulator;

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	@Tag("F9")
	void everyRouteWhenInputIsHostileThenNoServerErrorStackTraceOrErrorLog(CapturedOutput output) throws Exception { // F9
		List<HostileRoutes.Route> routes = HostileRoutes.of(this.mappings);
		assertThat(routes).extracting(HostileRoutes.Route::pattern)
			.contains("/", "/spaces", "/spaces/{id}", "/spaces/{id}/messages", "/disconnect", "/profile",
					"/v1/authorize", "/v1/rooms/{roomId}", "/oauth", "/oauth2/authorization/{registrationId}");

		Browser browser = new Browser(this.port);
		Identity signedIn = signIn(browser);
		String space = Pattern.compile("href=\"/spaces/([A-Za-z0-9_=+-]+)\"")
			.matcher(browser.get("/spaces").body()).results().findFirst().orElseThrow().group(1);
		String accessToken = this.simulator.issueTokensDirectly(this.simulator.users().get(0).id(),
				Set.of("spark:people_read", "spark:rooms_read", "spark:messages_read", "spark:messages_write",
						"spark:memberships_read")).accessToken();
		Map<String, String> legit = Map.of("id", space, "roomId", space, "index", "0", "registrationId",
				"webex-simulator", "file", "app.css");

		List<Probe> probes = new ArrayList<>();
		List<Probe> destructive = new ArrayList<>();
		for (HostileRoutes.Route route : routes) {
			List<Identity> identities = route.pattern().startsWith("/v1/")
					? List.of(Identity.anonymous(), Identity.bearer(accessToken))
					: List.of(Identity.anonymous(), signedIn.withoutCsrf(), signedIn);
			for (String target : HostileRoutes.targets(route, legit)) {
				for (String method : route.methods()) {
					for (Identity identity : identities) {
						boolean signsOut = method.equals("POST") && identity.csrf() != null
								&& (route.pattern().equals("/logout") || route.pattern().equals("/disconnect"));
						(signsOut ? destructive : probes).add(new Probe(method, target, identity));
					}
				}
			}
		}
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Probe probe : probes) {
				done.add(pool.submit(() -> check(probe, failures)));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		// signing out or disconnecting ends what the other probes rely on: last, each with a session of its own
		for (Probe probe : destructive) {
			check(new Probe(probe.method(), probe.target(), signIn(new Browser(this.port))), failures);
		}

		assertThat(probes.size() + destructive.size()).as("requests sent").isGreaterThan(2000);
		assertThat(failures).isEmpty();
		assertThat(output.getAll()).doesNotContainPattern(ERROR_LINE.pattern());
		assertThat(loggedWithStackTrace(output.getAll())).as("log lines followed by a stack trace")
			.allSatisfy((line) -> assertThat(line).contains(TOMCAT_PARSE_ERROR));
	}

	/**
	 * The log lines a stack trace follows. Tomcat reports the first request line it cannot parse (here: over its 8 kB
	 * limit) at INFO with a stack trace, before the app sees the request; it answers 400 and logs later ones at DEBUG.
	 */
	private static List<String> loggedWithStackTrace(String log) {
		List<String> lines = new ArrayList<>();
		String entry = "";
		for (String line : log.split("\n")) {
			if (LOG_LINE.matcher(line).find()) {
				entry = line;
			}
			else if (line.startsWith("\tat ") && !lines.contains(entry)) {
				lines.add(entry);
			}
		}
		return lines;
	}

	@Test
	@Tag("F9")
	void requestWhenParametersCannotBeDecodedThenBadRequestPageAndNoErrorLogged(CapturedOutput output)
			throws IOException { // F9
		for (String target : List.of("/connect/failed?reason=%C3%28", "/spaces?size=%zz", "/?a=%",
				"/oauth2/authorization/webex-simulator?scope=%FF")) {
			RawHttp.Response answer = send(new Probe("GET", target, Identity.anonymous()));
			assertThat(answer.status()).as(target).isEqualTo(400);
			assertThat(answer.body()).as(target).contains("Bad request").contains("was malformed");
		}
		assertThat(output.getAll()).doesNotContainPattern(ERROR_LINE.pattern()).doesNotContain("\tat ");
	}

	/** Connects {@code browser} and returns its cookies (session, CSRF) with a CSRF token for forms. */
	private static Identity signIn(Browser browser) {
		GrantFlow.connect(browser);
		String csrf = Browser.hiddenInputs(browser.get("/").body()).get("_csrf");
		String cookies = browser.cookies().getCookieStore().getCookies().stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		return Identity.session(cookies, csrf);
	}

	private void check(Probe probe, List<String> failures) {
		try {
			RawHttp.Response answer = send(probe);
			if (answer.status() >= 500 || answer.status() < 100) {
				failures.add(answer.status() + " for " + probe);
			}
			Matcher trace = STACK_TRACE.matcher(answer.body());
			if (trace.find()) {
				failures.add("'" + trace.group() + "' in the body of " + answer.status() + " for " + probe);
			}
		}
		catch (IOException ex) {
			failures.add(ex + " for " + probe);
		}
	}

	/** One request over a plain socket: nothing on the client side corrects or refuses a broken target. */
	private RawHttp.Response send(Probe probe) throws IOException {
		String target = probe.target();
		String body = null;
		if (probe.method().equals("POST")) {
			int query = target.indexOf('?');
			body = (query >= 0) ? target.substring(query + 1) : "";
			target = (query >= 0) ? target.substring(0, query) : target;
			if (probe.identity().csrf() != null) {
				body = "_csrf=" + probe.identity().csrf() + (body.isEmpty() ? "" : "&" + body);
			}
		}
		return RawHttp.send(this.port, probe.method(), target, probe.identity().headers(), body);
	}

	record Identity(String name, Map<String, String> headers, String csrf) {

		static Identity anonymous() {
			return new Identity("anonymous", Map.of(), null);
		}

		static Identity session(String cookie, String csrf) {
			return new Identity("signed in, CSRF token", Map.of("Cookie", cookie), csrf);
		}

		Identity withoutCsrf() {
			return new Identity("signed in, no CSRF token", this.headers, null);
		}

		static Identity bearer(String token) {
			return new Identity("Webex access token", Map.of("Authorization", "Bearer " + token), null);
		}

	}

	record Probe(String method, String target, Identity identity) {

		@Override
		public String toString() {
			String shown = (this.target.length() > 120) ? this.target.substring(0, 120) + "…" : this.target;
			return this.method + " " + shown + " (" + this.identity.name() + ")";
		}

	}

}
