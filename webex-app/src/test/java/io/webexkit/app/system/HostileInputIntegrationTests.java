package io.webexkit.app.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.webexkit.app.Browser;
import io.webexkit.app.TestDataDirectory;
import io.webexkit.app.connect.GrantFlow;
import io.webexkit.simulator.WebexSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the app serves, with hostile path segments and parameters, anonymous and signed in, GET and POST with
 * and without a CSRF token: never a 5xx, never a stack trace or exception name in a body, never an ERROR logged. The
 * routes come from the running context (controllers, the simulated Webex's endpoints in simulator mode), so a new
 * one is covered without touching this test; those answered by filters are listed here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIntegrationTests {

	/** Hostile values, already written as they go on the wire (percent-encoding included, or deliberately broken). */
	static final List<String> VALUES = List.of("x".repeat(8 * 1024), "%00", "a%00b", "%C3%28", "%FF%FE", "%2e%2e/",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "-1", "-99999999999999999999", "99999999999999999999999", "1e309",
			"NaN", "abc", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "", "%", "%zz", "a%0D%0ASet-Cookie:%20x=1");

	/** Hostile path segments (Tomcat or the firewall may refuse some before the app: fine, if never with a 5xx). */
	static final List<String> SEGMENTS = List.of("x".repeat(8 * 1024), "%00", "%C3%28", "%2e%2e", "%2e%2e%2f",
			"%3Cscript%3E", "-1", "99999999999999999999", "abc", "%2F", "%5C", "%25", "%20", "..%3B");

	/** What the simulated Webex's endpoints read straight from the request (they declare no parameters). */
	static final Set<String> SIMULATOR_PARAMETERS = Set.of("client_id", "redirect_uri", "response_type", "state",
			"scope", "code_challenge", "code_challenge_method", "login_hint", "consent", "decision", "person",
			"grant_type", "code", "code_verifier", "refresh_token", "client_secret", "max", "roomId", "type", "sortBy",
			"cursor", "before", "beforeMessage", "teamId");

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

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDataDirectory.register(registry);
	}

	@AfterEach
	void reset() {
		this.simulator.reset();
	}

	@Test
	void everyRouteWhenInputIsHostileThenNoServerErrorStackTraceOrErrorLog(CapturedOutput output) throws Exception {
		List<Route> routes = routes();
		assertThat(routes).extracting(Route::pattern)
			.contains("/", "/spaces", "/spaces/{id}", "/spaces/{id}/messages", "/disconnect", "/profile",
					"/v1/authorize", "/v1/rooms/{roomId}", "/oauth", "/oauth2/authorization/{registrationId}");

		Browser browser = new Browser(this.port);
		GrantFlow.connect(browser);
		String session = "SESSION=" + browser.cookies().getCookieStore().getCookies().stream()
			.filter((cookie) -> cookie.getName().equals("SESSION")).findFirst().orElseThrow().getValue();
		String csrf = Browser.hiddenInputs(browser.get("/").body()).get("_csrf");
		String space = Pattern.compile("href=\"/spaces/([A-Za-z0-9_=+-]+)\"")
			.matcher(browser.get("/spaces").body()).results().findFirst().orElseThrow().group(1);
		String accessToken = this.simulator.issueTokensDirectly(this.simulator.users().get(0).id(),
				Set.of("spark:people_read", "spark:rooms_read", "spark:messages_read", "spark:messages_write",
						"spark:memberships_read")).accessToken();
		Map<String, String> legit = Map.of("id", space, "roomId", space, "index", "0", "registrationId",
				"webex-simulator", "file", "app.css");

		List<Probe> probes = new ArrayList<>();
		List<Probe> destructive = new ArrayList<>();
		for (Route route : routes) {
			List<Identity> identities = route.pattern().startsWith("/v1/")
					? List.of(Identity.anonymous(), Identity.bearer(accessToken))
					: List.of(Identity.anonymous(), Identity.session(session, null), Identity.session(session, csrf));
			for (String target : targets(route, legit)) {
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
			Browser own = new Browser(this.port);
			GrantFlow.connect(own);
			String ownSession = "SESSION=" + own.cookies().getCookieStore().getCookies().stream()
				.filter((cookie) -> cookie.getName().equals("SESSION")).findFirst().orElseThrow().getValue();
			String ownCsrf = Browser.hiddenInputs(own.get("/").body()).get("_csrf");
			check(new Probe(probe.method(), probe.target(), Identity.session(ownSession, ownCsrf)), failures);
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
	void requestWhenParametersCannotBeDecodedThenBadRequestPageAndNoErrorLogged(CapturedOutput output)
			throws IOException {
		for (String target : List.of("/connect/failed?reason=%C3%28", "/spaces?size=%zz", "/?a=%",
				"/oauth2/authorization/webex-simulator?scope=%FF")) {
			Answer answer = send(new Probe("GET", target, Identity.anonymous()));
			assertThat(answer.status()).as(target).isEqualTo(400);
			assertThat(answer.body()).as(target).contains("Bad request").contains("was malformed");
		}
		assertThat(output.getAll()).doesNotContainPattern(ERROR_LINE.pattern()).doesNotContain("\tat ");
	}

	private void check(Probe probe, List<String> failures) {
		try {
			Answer answer = send(probe);
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

	/** The routes the context maps, and those that filters answer. */
	private List<Route> routes() {
		Map<String, Route> routes = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			Set<String> parameters = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
				if (annotation != null) {
					parameters.add(annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name());
				}
			}
			if (handler.getBeanType().getPackageName().startsWith("io.webexkit.simulator")) {
				parameters.addAll(SIMULATOR_PARAMETERS);
			}
			Set<RequestMethod> declared = entry.getKey().getMethodsCondition().getMethods();
			List<String> methods = declared.isEmpty() ? List.of("GET", "POST")
					: declared.stream().map(RequestMethod::name).sorted().toList();
			for (String pattern : entry.getKey().getPatternValues()) {
				routes.merge(pattern, new Route(pattern, methods, parameters), Route::and);
			}
		}
		List.of(new Route("/oauth", List.of("GET", "POST"), Set.of("code", "state", "error", "error_description")),
				new Route("/oauth2/authorization/{registrationId}", List.of("GET", "POST"),
						Set.of("scope", "redirect_uri", "action")),
				new Route("/logout", List.of("GET", "POST"), Set.of()),
				new Route("/actuator/health", List.of("GET", "POST"), Set.of()),
				new Route("/actuator/health/liveness", List.of("GET"), Set.of()),
				new Route("/actuator/health/readiness", List.of("GET"), Set.of()),
				new Route("/actuator/health/{group}", List.of("GET"), Set.of()),
				new Route("/css/{file}", List.of("GET", "POST"), Set.of()),
				new Route("/img/logo.svg", List.of("GET"), Set.of()), new Route("/js/busy.js", List.of("GET"), Set.of()),
				new Route("/favicon.ico", List.of("GET"), Set.of()))
			.forEach((route) -> routes.merge(route.pattern(), route, Route::and));
		return new ArrayList<>(routes.values());
	}

	/** The route with legitimate path values and hostile parameters, then with each path segment hostile. */
	private static List<String> targets(Route route, Map<String, String> legit) {
		List<String> variables = new ArrayList<>();
		Matcher m = Pattern.compile("\\{([^}]+)\\}").matcher(route.pattern());
		while (m.find()) {
			variables.add(m.group(1));
		}
		String path = route.pattern();
		for (String variable : variables) {
			path = path.replace("{" + variable + "}", legit.getOrDefault(variable, "abc"));
		}
		List<String> targets = new ArrayList<>();
		targets.add(path);
		for (String parameter : route.parameters()) {
			for (String value : VALUES) {
				targets.add(path + "?" + parameter + "=" + value);
			}
			targets.add(path + "?" + parameter + "=1&" + parameter + "=2&" + parameter + "=%3Cscript%3E");
			targets.add(path + "?" + parameter);
		}
		targets.add(path + "?unknown=%3Cscript%3E&" + "x".repeat(200) + "=1");
		for (String variable : variables) {
			for (String segment : SEGMENTS) {
				String hostile = route.pattern();
				for (String other : variables) {
					hostile = hostile.replace("{" + other + "}", other.equals(variable) ? segment
							: legit.getOrDefault(other, "abc"));
				}
				targets.add(hostile);
			}
		}
		return targets;
	}

	/** One request over a plain socket: nothing on the client side corrects or refuses a broken target. */
	private Answer send(Probe probe) throws IOException {
		String target = probe.target();
		String body = "";
		if (probe.method().equals("POST")) {
			int query = target.indexOf('?');
			body = (query >= 0) ? target.substring(query + 1) : "";
			target = (query >= 0) ? target.substring(0, query) : target;
			if (probe.identity().csrf() != null) {
				body = "_csrf=" + probe.identity().csrf() + (body.isEmpty() ? "" : "&" + body);
			}
		}
		StringBuilder request = new StringBuilder(probe.method()).append(' ').append(target).append(" HTTP/1.1\r\n")
			.append("Host: localhost:").append(this.port).append("\r\nConnection: close\r\n");
		probe.identity().headers().forEach((name, value) -> request.append(name).append(": ").append(value)
			.append("\r\n"));
		if (probe.method().equals("POST")) {
			request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
				.append(body.getBytes(StandardCharsets.ISO_8859_1).length).append("\r\n");
		}
		request.append("\r\n").append(body);
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(raw);
			int code = status.find() ? Integer.parseInt(status.group(1)) : -1;
			int split = raw.indexOf("\r\n\r\n");
			return new Answer(code, (split >= 0) ? raw.substring(split + 4) : raw);
		}
	}

	record Route(String pattern, List<String> methods, Set<String> parameters) {

		Route and(Route other) {
			Set<String> methods = new LinkedHashSet<>(this.methods);
			methods.addAll(other.methods);
			Set<String> parameters = new LinkedHashSet<>(this.parameters);
			parameters.addAll(other.parameters);
			return new Route(this.pattern, List.copyOf(methods), parameters);
		}

	}

	record Identity(String name, Map<String, String> headers, String csrf) {

		static Identity anonymous() {
			return new Identity("anonymous", Map.of(), null);
		}

		static Identity session(String cookie, String csrf) {
			return new Identity((csrf != null) ? "signed in, CSRF token" : "signed in, no CSRF token",
					Map.of("Cookie", cookie), csrf);
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

	record Answer(int status, String body) {
	}

}
