import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook benchmark's driver, for bench/webhooks.sh. Run with the JDK's source launcher:
 * {@code java bench/Webhooks.java ...}; it needs nothing but the JDK.
 *
 * <pre>
 * latency --app URL --watcher COOKIE --poster COOKIE --space TITLE --messages N
 *     the watcher's browser opens the space's page stream (/spaces/{id}/live) as the page's script does; the poster
 *     posts N messages through the app's form, one at a time; each message's delivery-to-screen time runs from the
 *     moment the post is sent to the moment its row arrives on the watcher's stream. Reports p50, p99 and max.
 * throughput --app URL --simulator URL --client-id ID --client-secret S --redirect-uri URI --person N
 *            --seconds S --warmup S --connections C
 *     signs in person N at the simulated Webex as the same integration (its own grant, not the app's), reads that
 *     person's webhook as Webex lists it to its owner (target URL and secret), then sends signed deliveries to the
 *     app's receiver from C connections for S seconds, each a new event (memberships/created, which the receiver
 *     handles without a call back to Webex): accepted deliveries per second, p50/p99 response time. Then the same
 *     with a wrong signature (refused before anything is parsed or stored), for comparison.
 * </pre>
 */
public class Webhooks {

	private static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private static final Duration SCREEN_TARGET = Duration.ofSeconds(2);

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		switch (args[0]) {
			case "latency" -> latency(options);
			case "throughput" -> throughput(options);
			default -> throw new IllegalArgumentException("latency or throughput, not " + args[0]);
		}
	}

	static void latency(Map<String, String> o) throws Exception {
		String app = o.get("app");
		String watcher = o.get("watcher");
		String poster = o.get("poster");
		int count = Integer.parseInt(o.getOrDefault("messages", "200"));
		String spaces = get(app + "/spaces", watcher).body();
		Matcher link = Pattern.compile("href=\"/spaces/([^\"?/]+)\"[^>]*>\\s*" + Pattern.quote(o.get("space")))
			.matcher(spaces);
		if (!link.find()) {
			throw new IllegalStateException("no space titled " + o.get("space") + " on the watcher's /spaces");
		}
		String space = "/spaces/" + link.group(1);
		HttpResponse<String> form = get(app + space, poster);
		// the form's token goes with the CSRF cookie the page sets
		for (String cookie : form.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith("XSRF-TOKEN=")) {
				poster = poster + "; " + cookie.substring(0, cookie.indexOf(';'));
			}
		}
		String page = form.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no post form for the poster on " + space);
		}
		String token = csrf.group(1);
		Stream stream = new Stream(app + space + "/live", watcher);
		if (!stream.ready.await(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the watcher's stream did not open");
		}
		long[] screen = new long[count];
		long[] posted = new long[count];
		int missed = 0;
		for (int i = 0; i < count; i++) {
			String marker = "bench-" + UUID.randomUUID();
			long start = System.nanoTime();
			HttpResponse<String> post = post(app + space + "/messages", poster,
					"_csrf=" + enc(token) + "&text=" + enc("Delivery " + (i + 1) + " " + marker));
			posted[i] = System.nanoTime() - start;
			if (post.statusCode() != 302) {
				throw new IllegalStateException("the post answered " + post.statusCode());
			}
			Long arrived = stream.await(marker, Duration.ofSeconds(10));
			if (arrived == null) {
				missed++;
				screen[i] = Long.MAX_VALUE;
			}
			else {
				screen[i] = arrived - start;
			}
		}
		stream.close();
		System.out.printf("messages            %d (%d not on screen within 10 s)%n", count, missed);
		System.out.printf("post answered       p50 %s  p99 %s%n", ms(percentile(posted, 50)), ms(percentile(posted, 99)));
		System.out.printf("delivery to screen  p50 %s  p99 %s  max %s%n", ms(percentile(screen, 50)),
				ms(percentile(screen, 99)), ms(percentile(screen, 100)));
		// the live page's promise: what one person posts is on the other's open page within two seconds
		boolean met = missed == 0 && percentile(screen, 100) <= SCREEN_TARGET.toNanos();
		System.out.printf("target              every message on screen within %d s, none lost: %s%n",
				SCREEN_TARGET.toSeconds(), met ? "met" : "MISSED");
	}

	static void throughput(Map<String, String> o) throws Exception {
		String simulator = o.get("simulator");
		String accessToken = signIn(simulator, o.get("client-id"), o.get("client-secret"), o.get("redirect-uri"),
				Integer.parseInt(o.getOrDefault("person", "0")));
		HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(simulator + "/v1/webhooks"))
			.header("Authorization", "Bearer " + accessToken)
			.build(), HttpResponse.BodyHandlers.ofString());
		String targetField = "\"targetUrl\":\"(" + Pattern.quote(o.get("app")) + "[^\"]+)\"";
		Matcher webhook = Pattern.compile(targetField + ".*?\"secret\":\"([^\"]+)\"").matcher(list.body());
		if (!webhook.find()) {
			throw new IllegalStateException("no webhook of the app at the simulator for this person: " + list.body());
		}
		String target = webhook.group(1);
		String secret = webhook.group(2);
		int connections = Integer.parseInt(o.getOrDefault("connections", "8"));
		int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
		int warmup = Integer.parseInt(o.getOrDefault("warmup", "20"));
		deliveries(target, secret, connections, warmup, true);
		Result accepted = deliveries(target, secret, connections, seconds, true);
		Result refused = deliveries(target, secret, connections, seconds, false);
		System.out.printf("signed, accepted    %8.0f deliveries/s  p50 %s  p99 %s  (%d answered otherwise)%n",
				accepted.rate(), ms(accepted.p50), ms(accepted.p99), accepted.unexpected);
		System.out.printf("wrong signature     %8.0f deliveries/s  p50 %s  p99 %s  (%d answered otherwise)%n",
				refused.rate(), ms(refused.p50), ms(refused.p99), refused.unexpected);
	}

	record Result(long count, int seconds, long p50, long p99, long unexpected) {

		double rate() {
			return (double) this.count / this.seconds;
		}

	}

	static Result deliveries(String target, String secret, int connections, int seconds, boolean signed)
			throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong unexpected = new AtomicLong();
		List<long[]> timings = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		int expected = signed ? 200 : 403;
		for (int c = 0; c < connections; c++) {
			long[] mine = new long[1_000_000];
			timings.add(mine);
			Thread thread = new Thread(() -> {
				int n = 0;
				while (!stop.get() && n < mine.length - 1) {
					String id = UUID.randomUUID().toString();
					byte[] body = envelope(id, target).getBytes(StandardCharsets.UTF_8);
					String signature = sign(secret, body);
					if (!signed) {
						signature = signature.substring(1) + (signature.charAt(0) == '0' ? '1' : '0');
					}
					long start = System.nanoTime();
					try {
						int status = http.send(HttpRequest.newBuilder(URI.create(target))
							.header("Content-Type", "application/json")
							.header("X-Spark-Signature", signature)
							.POST(HttpRequest.BodyPublishers.ofByteArray(body))
							.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
						if (status != expected) {
							unexpected.incrementAndGet();
						}
					}
					catch (IOException ex) {
						unexpected.incrementAndGet();
					}
					catch (InterruptedException ex) {
						return;
					}
					mine[++n] = System.nanoTime() - start;
				}
				mine[0] = n;
			});
			threads.add(thread);
			thread.start();
		}
		Thread.sleep(seconds * 1000L);
		stop.set(true);
		for (Thread thread : threads) {
			thread.join();
		}
		long total = timings.stream().mapToLong((t) -> t[0]).sum();
		long[] all = new long[(int) total];
		int at = 0;
		for (long[] t : timings) {
			System.arraycopy(t, 1, all, at, (int) t[0]);
			at += (int) t[0];
		}
		return new Result(total, seconds, percentile(all, 50), percentile(all, 99), unexpected.get());
	}

	/** An event as Webex sends it for a new membership: ids only. */
	static String envelope(String id, String target) {
		return "{\"id\":\"" + id + "\",\"name\":\"bench\",\"targetUrl\":\"" + target + "\",\"resource\":\"memberships\","
				+ "\"event\":\"created\",\"orgId\":\"bench-org\",\"createdBy\":\"bench\",\"appId\":\"bench\","
				+ "\"ownedBy\":\"creator\",\"status\":\"active\",\"created\":\"2026-11-30T10:00:00.000Z\","
				+ "\"actorId\":\"bench-actor\",\"data\":{\"id\":\"membership-" + id + "\",\"roomId\":\"bench-room\","
				+ "\"personId\":\"bench-person\",\"personEmail\":\"someone@example.com\",\"isModerator\":false,"
				+ "\"isMonitor\":false,\"created\":\"2026-11-30T10:00:00.000Z\"}}";
	}

	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The simulated Webex's consent page and token endpoint, as the integration: an access token for person N. */
	static String signIn(String simulator, String clientId, String clientSecret, String redirectUri, int person)
			throws Exception {
		String authorize = simulator + "/v1/authorize?response_type=code&client_id=" + enc(clientId) + "&redirect_uri="
				+ enc(redirectUri) + "&scope=" + enc("spark:messages_read spark:memberships_read") + "&state=bench";
		String consent = http.send(HttpRequest.newBuilder(URI.create(authorize)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher id = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"").matcher(consent);
		Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(consent);
		if (!id.find()) {
			throw new IllegalStateException("no consent page at " + authorize);
		}
		String personId = null;
		for (int i = 0; i <= person && option.find(); i++) {
			personId = option.group(1);
		}
		HttpResponse<String> decision = http.send(HttpRequest.newBuilder(URI.create(simulator + "/v1/authorize/decision"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("consent=" + enc(id.group(1)) + "&decision=accept&person="
					+ enc(personId)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = decision.headers().firstValue("Location").orElseThrow();
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
		if (!code.find()) {
			throw new IllegalStateException("no code in " + location);
		}
		String tokens = http.send(HttpRequest.newBuilder(URI.create(simulator + "/v1/access_token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=" + enc(clientId)
					+ "&client_secret=" + enc(clientSecret) + "&code=" + code.group(1) + "&redirect_uri="
					+ enc(redirectUri)))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokens);
		if (!token.find()) {
			throw new IllegalStateException("no access token from the simulated Webex");
		}
		return token.group(1);
	}

	/** A page's Server-Sent Events stream, read on its own thread; message rows are found by a text they contain. */
	static final class Stream {

		final CountDownLatch ready = new CountDownLatch(1);

		final Map<String, Long> arrivals = new ConcurrentHashMap<>();

		final BlockingQueue<String> data = new LinkedBlockingQueue<>();

		private final HttpResponse<InputStream> response;

		Stream(String url, String cookie) throws Exception {
			this.response = http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Cookie", cookie)
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			if (this.response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + this.response.statusCode());
			}
			Thread reader = new Thread(this::read);
			reader.setDaemon(true);
			reader.start();
		}

		private void read() {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(this.response.body(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (line.startsWith("event: ready") || line.startsWith("event:ready")) {
						this.ready.countDown();
					}
					else if (line.startsWith("data:")) {
						long now = System.nanoTime();
						Matcher marker = Pattern.compile("bench-[0-9a-f-]{36}").matcher(line);
						if (marker.find()) {
							this.arrivals.put(marker.group(), now);
							this.data.add(marker.group());
						}
					}
				}
			}
			catch (IOException ex) {
				// closed
			}
		}

		Long await(String marker, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < deadline) {
				Long arrived = this.arrivals.get(marker);
				if (arrived != null) {
					return arrived;
				}
				this.data.poll(50, TimeUnit.MILLISECONDS);
			}
			return this.arrivals.get(marker);
		}

		void close() throws IOException {
			this.response.body().close();
		}

	}

	static HttpResponse<String> get(String url, String cookie) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> post(String url, String cookie, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static long percentile(long[] values, int p) {
		if (values.length == 0) {
			return 0;
		}
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static String ms(long nanos) {
		return (nanos == Long.MAX_VALUE) ? "lost" : String.format("%.1f ms", nanos / 1e6);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

}
