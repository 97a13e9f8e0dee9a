package io.webexkit.simulator.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
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

/** Real HTTP against a standalone simulator, redirects not followed, so tests can look at every hop. */
final class ServerHttp {

	private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	ServerHttp(URI base) {
		this.base = base;
	}

	HttpResponse<String> get(String pathOrUrl) {
		return get(pathOrUrl, Map.of());
	}

	HttpResponse<String> get(String pathOrUrl, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	HttpResponse<String> post(String pathOrUrl, Map<String, String> form) {
		return postRaw(pathOrUrl, form(form), Map.of());
	}

	/** A form POST whose body is sent exactly as given. */
	HttpResponse<String> postRaw(String pathOrUrl, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request);
	}

	/** A JSON POST whose body is sent exactly as given. */
	HttpResponse<String> postJson(String pathOrUrl, String json, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		headers.forEach(request::header);
		return send(request);
	}

	URI location(HttpResponse<?> response) {
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

	/** The hidden inputs of the page's forms, by name. */
	static Map<String, String> hiddenInputs(String html) {
		Map<String, String> inputs = new LinkedHashMap<>();
		Matcher m = HIDDEN.matcher(html);
		while (m.find()) {
			inputs.put(m.group(1), m.group(2).replace("&amp;", "&"));
		}
		return inputs;
	}

	static Map<String, String> query(URI uri) {
		Map<String, String> values = new LinkedHashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				int eq = pair.indexOf('=');
				values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI resolve(String pathOrUrl) {
		return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : this.base.resolve(pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
