package io.webexkit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A cookie-keeping HTTP user agent for end-to-end tests over real HTTP. It never follows redirects by itself, so tests
 * can look at every hop of the grant flow.
 */
public final class Browser {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]+)\" selected");

	private final URI base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	public Browser(int port) {
		this.base = URI.create("http://localhost:" + port);
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public URI base() {
		return this.base;
	}

	public CookieManager cookies() {
		return this.cookies;
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(resolve(pathOrUrl)).GET());
	}

	public HttpResponse<String> post(String pathOrUrl, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(resolve(pathOrUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A GET with extra request headers (for example forged {@code X-Forwarded-*} or {@code Origin} headers). */
	public HttpResponse<String> get(String pathOrUrl, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	/** A form POST whose body is sent exactly as given (already encoded, or deliberately not). */
	public HttpResponse<String> postRaw(String pathOrUrl, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1));
		headers.forEach(request::header);
		return send(request);
	}

	/** A POST of these bytes as {@code contentType} (a multipart form, say), with this browser's cookies. */
	public HttpResponse<String> postBody(String pathOrUrl, byte[] body, String contentType) {
		return send(HttpRequest.newBuilder(resolve(pathOrUrl))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** Any other request, e.g. {@code PUT}, with this browser's cookies. */
	public HttpResponse<String> send(String method, String pathOrUrl, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl))
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::header);
		return send(request);
	}

	/** A GET of a Server-Sent Events stream with this browser's cookies; close the stream to end it. */
	public EventStream stream(String pathOrUrl) {
		return stream(pathOrUrl, Map.of());
	}

	/** A stream, with extra request headers (for example {@code Last-Event-ID}, as a reconnecting browser sends). */
	public EventStream stream(String pathOrUrl, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(pathOrUrl)).header("Accept", "text/event-stream");
		headers.forEach(builder::header);
		HttpRequest request = builder.GET().build();
		try {
			return new EventStream(this.http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Follows redirects from {@code response} (as a browser would) and returns the final response. */
	public HttpResponse<String> follow(HttpResponse<String> response) {
		HttpResponse<String> current = response;
		for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
			current = get(location(current).toString());
		}
		return current;
	}

	public static boolean isRedirect(HttpResponse<?> response) {
		return response.statusCode() >= 300 && response.statusCode() < 400;
	}

	public URI location(HttpResponse<?> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return response.uri().resolve(location);
	}

	/** The value of this browser's cookie {@code name} (the first, should there be several); fails when there is none. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> name.equals(cookie.getName()))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie"));
	}

	/**
	 * Keeps cookie {@code name} for this host on {@code path}, as a page of another port of the same host could set
	 * it (browsers do not tell ports apart for cookies); sent first on that path, as a more specific path goes first.
	 */
	public void plant(String name, String value, String path) {
		java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
		cookie.setPath(path);
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(this.base, cookie);
	}

	/**
	 * {@code token} as Spring Security's forms carry it, and as a page that knows the token would post it: random
	 * bytes, then the token XORed with them, in base64url.
	 */
	public static String maskedCsrfToken(String token) {
		byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
		byte[] random = new byte[bytes.length];
		new java.security.SecureRandom().nextBytes(random);
		byte[] combined = new byte[bytes.length * 2];
		System.arraycopy(random, 0, combined, 0, bytes.length);
		for (int i = 0; i < bytes.length; i++) {
			combined[bytes.length + i] = (byte) (random[i] ^ bytes[i]);
		}
		return java.util.Base64.getUrlEncoder().encodeToString(combined);
	}

	/** The hidden inputs of the page's forms, by name (the last form wins on duplicates). */
	public static Map<String, String> hiddenInputs(String html) {
		Map<String, String> inputs = new LinkedHashMap<>();
		Matcher m = HIDDEN.matcher(html);
		while (m.find()) {
			inputs.put(m.group(1), m.group(2).replace("&amp;", "&"));
		}
		return inputs;
	}

	/** The value of the selected option of a {@code <select>}, as a browser would submit it. */
	public static String selectedOption(String html) {
		Matcher m = SELECTED.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no selected option");
		}
		return m.group(1);
	}

	public static Map<String, String> query(URI uri) {
		Map<String, String> params = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(uri)
			.build()
			.getQueryParams()
			.forEach((k, v) -> params.put(k, (v.get(0) != null)
					? java.net.URLDecoder.decode(v.get(0), StandardCharsets.UTF_8) : null));
		return params;
	}

	private URI resolve(String pathOrUrl) {
		return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : this.base.resolve(pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
