package io.webexkit.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running simulator, redirects not followed; the one fixture the integration tests share. */
final class SimulatorHttp {

	static final String CLIENT_ID = "C-test-client";

	static final String CLIENT_SECRET = "s3cr3t+with/odd=chars";

	static final String REDIRECT_URI = "http://localhost:10060/oauth";

	static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CONSENT = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	SimulatorHttp(int port) {
		this.base = "http://localhost:" + port;
	}

	String base() {
		return this.base;
	}

	HttpResponse<String> get(String pathAndQuery, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(absolute(pathAndQuery))).GET(), headers);
	}

	HttpResponse<String> bearer(String pathAndQuery, String token) {
		return get(pathAndQuery, "Authorization", "Bearer " + token);
	}

	HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
		String[] all = concat(headers, "Content-Type", "application/x-www-form-urlencoded");
		return send(HttpRequest.newBuilder(URI.create(absolute(path))).POST(HttpRequest.BodyPublishers.ofString(form(form))),
				all);
	}

	HttpResponse<String> postJson(String path, String json, String token) {
		return send(HttpRequest.newBuilder(URI.create(absolute(path))).POST(HttpRequest.BodyPublishers.ofString(json)),
				"Content-Type", "application/json", "Authorization", "Bearer " + token);
	}

	/** Any method with a JSON body (none when {@code json} is null) and a bearer token. */
	HttpResponse<String> sendJson(String method, String path, String json, String token) {
		HttpRequest.BodyPublisher body = (json != null) ? HttpRequest.BodyPublishers.ofString(json)
				: HttpRequest.BodyPublishers.noBody();
		return send(HttpRequest.newBuilder(URI.create(absolute(path))).method(method, body), "Content-Type",
				"application/json", "Authorization", "Bearer " + token);
	}

	/** A {@code multipart/form-data} POST: text fields, then one file part named {@code files}. */
	HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileName, String contentType,
			byte[] file, String token) {
		String boundary = "sim-test-" + Long.toHexString(System.nanoTime());
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(absolute(path)))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "Content-Type",
				"multipart/form-data; boundary=" + boundary, "Authorization", "Bearer " + token);
	}

	/** A GET whose body is kept as bytes. */
	HttpResponse<byte[]> bytes(String pathAndQuery, String token) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(absolute(pathAndQuery)))
				.header("Authorization", "Bearer " + token)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The authorize request's query, with PKCE S256. */
	static Map<String, String> authorizeParams(String scope) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("client_id", CLIENT_ID);
		params.put("response_type", "code");
		params.put("redirect_uri", REDIRECT_URI);
		params.put("scope", scope);
		params.put("state", "st-123");
		params.put("code_challenge", CHALLENGE);
		params.put("code_challenge_method", "S256");
		return params;
	}

	HttpResponse<String> authorize(Map<String, String> params) {
		return get("/v1/authorize?" + form(params));
	}

	/** Runs the consent page to the end and returns the redirect the browser would follow. */
	URI consent(Map<String, String> params, String decision, String personId) {
		HttpResponse<String> page = authorize(params);
		Matcher matcher = CONSENT.matcher(page.body());
		if (page.statusCode() != 200 || !matcher.find()) {
			throw new IllegalStateException("No consent page: " + page.statusCode() + " " + page.body());
		}
		HttpResponse<String> answer = postForm("/v1/authorize/decision",
				Map.of("consent", matcher.group(1), "decision", decision, "person", personId));
		return URI.create(answer.headers().firstValue("Location").orElseThrow());
	}

	String code(Map<String, String> params, String personId) {
		return query(consent(params, "accept", personId)).get("code");
	}

	HttpResponse<String> exchange(String code, String verifier) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("code", code);
		form.put("redirect_uri", REDIRECT_URI);
		form.put("code_verifier", verifier);
		return postForm("/v1/access_token", form, "Authorization", basic(CLIENT_ID, CLIENT_SECRET));
	}

	HttpResponse<String> refresh(String refreshToken) {
		return postForm("/v1/access_token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
				"Authorization", basic(CLIENT_ID, CLIENT_SECRET));
	}

	static String basic(String id, String secret) {
		String pair = URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
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

	/** The URL inside {@code <...>; rel="next"}, or null. */
	static String nextLink(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Link")
			.map((link) -> link.substring(link.indexOf('<') + 1, link.indexOf('>')))
			.orElse(null);
	}

	static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String form(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private String absolute(String pathAndQuery) {
		return pathAndQuery.startsWith("http") ? pathAndQuery : this.base + pathAndQuery;
	}

	private HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		try {
			return this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = new String[first.length + more.length];
		System.arraycopy(first, 0, all, 0, first.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
