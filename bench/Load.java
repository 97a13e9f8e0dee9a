import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load that wrk cannot make, for bench/run.sh. Run with the JDK's source launcher: {@code java bench/Load.java ...}.
 *
 * <pre>
 * connect --base URL --users N --parallel P --first-person I --out FILE [--grant PATH] [--cookie NAME]
 *     connects N users through GRANT, the simulator's consent page and the callback, P at a time, person I, I+1, ...
 *     as listed on the consent page; writes one "NAME=..." session cookie per line (NAME: WEBEX_SESSION unless told) and
 *     reports the callback (code exchange + people/me + grant write) as requests/s and p50/p99 latency. GRANT is the
 *     home page's GRANT link unless --grant names where the grant starts; its redirects are followed to the consent
 *     page. The callback must answer a page or a redirect that is not an error.
 * burst --base URL --cookies FILE --users N --requests R --path PATH
 *     sends R requests for PATH all at once, spread over the first N cookies, and reports statuses and timings.
 * </pre>
 */
public final class Load {

	private static final Pattern CONSENT = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

	private static final Pattern PERSON = Pattern.compile("<option value=\"([^\"]+)\"");

	/** The home page's GRANT button (a link): where the grant starts. */
	private static final Pattern GRANT = Pattern.compile("<a [^>]*href=\"([^\"]+)\"[^>]*>GRANT</a>");

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
		switch (args.length > 0 ? args[0] : "") {
			case "connect" -> connect(URI.create(options.get("base")), Integer.parseInt(options.get("users")),
					Integer.parseInt(options.getOrDefault("parallel", "20")),
					Integer.parseInt(options.getOrDefault("first-person", "0")), Path.of(options.get("out")),
					options.get("grant"), options.getOrDefault("cookie", "WEBEX_SESSION"));
			case "burst" -> burst(URI.create(options.get("base")), Path.of(options.get("cookies")),
					Integer.parseInt(options.get("users")), Integer.parseInt(options.get("requests")),
					options.getOrDefault("path", "/spaces"));
			default -> {
				System.err.println("usage: java bench/Load.java connect|burst --option value ...");
				System.exit(2);
			}
		}
	}

	private static void connect(URI base, int users, int parallel, int firstPerson, Path out, String grant,
			String cookieName) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(parallel);
		List<Future<Connected>> futures = new ArrayList<>();
		long started = System.nanoTime();
		for (int i = 0; i < users; i++) {
			int person = firstPerson + i;
			futures.add(pool.submit(() -> connectOne(base, person, grant, cookieName)));
		}
		List<String> cookies = new ArrayList<>();
		long[] callbacks = new long[users];
		for (int i = 0; i < users; i++) {
			Connected connected = futures.get(i).get();
			cookies.add(connected.cookie());
			callbacks[i] = connected.callbackNanos();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		Files.write(out, cookies);
		Arrays.sort(callbacks);
		System.out.printf("grant flow (GRANT, consent, callback): %d users in %.1f s = %.0f flows/s, %d at a time%n",
				users, seconds, users / seconds, parallel);
		System.out.printf("callback alone (what the app does with the code: exchange, sign-in, session): "
				+ "p50 %s, p99 %s%n", millis(percentile(callbacks, 50)), millis(percentile(callbacks, 99)));
	}

	private record Connected(String cookie, long callbackNanos) {
	}

	private static Connected connectOne(URI base, int person, String grantPath, String cookieName) {
		CookieManager jar = new CookieManager();
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(jar)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String grant = (grantPath != null) ? grantPath
				: first(GRANT, send(http, get(base.resolve("/"))).body(), "GRANT link on the home page");
		// the app's redirect to Webex's authorize URL (or a link straight to it), up to the consent page
		URI authorize = base.resolve(grant);
		HttpResponse<String> consent = send(http, get(authorize));
		for (int hops = 0; consent.statusCode() / 100 == 3; hops++) {
			if (hops == 5) {
				throw new IllegalStateException("more than 5 redirects from " + grant);
			}
			authorize = location(consent, authorize);
			consent = send(http, get(authorize));
		}
		if (consent.statusCode() != 200) {
			throw new IllegalStateException(authorize.getPath() + " answered " + consent.statusCode());
		}
		String consentId = first(CONSENT, consent.body(), "consent id");
		List<String> people = new ArrayList<>();
		Matcher matcher = PERSON.matcher(consent.body());
		while (matcher.find()) {
			people.add(matcher.group(1));
		}
		if (person >= people.size()) {
			throw new IllegalStateException("the consent page offers " + people.size() + " people, not " + (person + 1)
					+ " (start the simulator with WEBEX_SIMULATOR_PEOPLE)");
		}
		String form = "consent=" + encode(consentId) + "&decision=accept&person=" + encode(people.get(person));
		HttpResponse<String> decision = send(http,
				HttpRequest.newBuilder(authorize.resolve("/v1/authorize/decision"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		URI callback = location(decision, authorize);
		long before = System.nanoTime();
		HttpResponse<String> landed = send(http, get(callback));
		long callbackNanos = System.nanoTime() - before;
		String landing = landed.headers().firstValue("Location").orElse("");
		if ((landed.statusCode() != 200 && landed.statusCode() != 302) || landing.contains("error")) {
			throw new IllegalStateException("callback answered " + landed.statusCode() + " " + landing);
		}
		String session = jar.getCookieStore()
			.get(base)
			.stream()
			.filter((cookie) -> cookie.getName().equals(cookieName))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no " + cookieName + " cookie"));
		return new Connected(cookieName + "=" + session, callbackNanos);
	}

	private static void burst(URI base, Path cookieFile, int users, int requests, String path) throws Exception {
		List<String> cookies = Files.readAllLines(cookieFile).subList(0, users);
		HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Executors.newFixedThreadPool(8))
			.connectTimeout(Duration.ofSeconds(30))
			.build();
		List<CompletableFuture<HttpResponse<Void>>> responses = new ArrayList<>();
		long[] latencies = new long[requests];
		long started = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			int n = i;
			HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
				.header("Cookie", cookies.get(i % users))
				.timeout(Duration.ofSeconds(120))
				.build();
			long sent = System.nanoTime();
			responses.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response,
					failure) -> latencies[n] = System.nanoTime() - sent));
		}
		Map<String, Integer> statuses = new TreeMap<>();
		for (CompletableFuture<HttpResponse<Void>> response : responses) {
			String status;
			try {
				status = String.valueOf(response.join().statusCode());
			}
			catch (RuntimeException ex) {
				status = ex.getCause() != null ? ex.getCause().getClass().getSimpleName() : ex.getClass().getSimpleName();
			}
			statuses.merge(status, 1, Integer::sum);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		Arrays.sort(latencies);
		System.out.printf("%d requests at once over %d users: all answered in %.2f s; statuses %s; p50 %s, p99 %s, "
				+ "max %s%n", requests, users, seconds, statuses, millis(percentile(latencies, 50)),
				millis(percentile(latencies, 99)), millis(latencies[latencies.length - 1]));
		System.exit(0);
	}

	private static HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static URI location(HttpResponse<?> response, URI base) {
		return base.resolve(response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException(
					response.request().uri().getPath() + " answered " + response.statusCode() + " without Location")));
	}

	private static String first(Pattern pattern, String text, String what) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + what + " on the page");
		}
		return matcher.group(1).replace("&amp;", "&");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static long percentile(long[] sorted, int percent) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
	}

	private static String millis(long nanos) {
		return String.format("%.1f ms", nanos / 1e6);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected --option, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

}
