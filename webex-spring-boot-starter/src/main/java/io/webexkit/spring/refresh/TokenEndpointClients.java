package io.webexkit.spring.refresh;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Spring Security's token clients, set up for Webex: responses without {@code token_type} accepted, redirects never
 * followed, timeouts set (the read timeout bounds the whole answer, body included), bodies capped in size, and error
 * answers classified (Webex's gateway error body has no RFC {@code error} member, and a dead refresh token can come
 * back as 400 or 401).
 */
public final class TokenEndpointClients {

	private static final Logger log = LoggerFactory.getLogger(TokenEndpointClients.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final int MAX_ERROR_BODY = 16 * 1024;

	/** Webex's token responses are well under 4 kB; anything near this is not a token response. */
	static final int MAX_RESPONSE_BODY = 64 * 1024;

	private TokenEndpointClients() {
	}

	public static RestClientAuthorizationCodeTokenResponseClient codeClient(Duration connect, Duration read) {
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(restClient(connect, read));
		return client;
	}

	public static RestClientRefreshTokenTokenResponseClient refreshClient(Duration connect, Duration read) {
		RestClientRefreshTokenTokenResponseClient client = new RestClientRefreshTokenTokenResponseClient();
		client.setRestClient(restClient(connect, read));
		return client;
	}

	static RestClient restClient(Duration connect, Duration read) {
		OAuth2AccessTokenResponseHttpMessageConverter tokenJson = new OAuth2AccessTokenResponseHttpMessageConverter();
		tokenJson.setAccessTokenResponseConverter(TokenResponses.converter());
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(connect)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(read);
		return RestClient.builder()
			.requestFactory(requests)
			.requestInterceptor((request, body, execution) -> new BoundedResponse(execution.execute(request, body),
					MAX_RESPONSE_BODY))
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(tokenJson))
			.defaultStatusHandler((status) -> !status.is2xxSuccessful(), (request, response) -> {
				throw classify(response);
			})
			.build();
	}

	/**
	 * Maps a non-2xx token endpoint answer to an OAuth error whose code decides what the app does next. Only
	 * {@code invalid_grant} ends a grant, and only an answer that says so gets it: an RFC {@code error} member, or
	 * Webex's own wording for a dead refresh token ({@link TokenErrors#GRANT_DEAD_WORDINGS}). A proxy's error page, a
	 * 5xx, unknown JSON or an empty 401 keep the grant.
	 */
	static OAuth2AuthorizationException classify(ClientHttpResponse response) throws IOException {
		HttpStatusCode status = response.getStatusCode();
		JsonNode body = readJson(response);
		String trackingId = firstNonNull(response.getHeaders().getFirst("TrackingID"), text(body, "trackingId"));
		String code = code(status, body);
		log.warn("Webex token endpoint answered {} ({}), trackingId {}", status.value(), code, trackingId);
		return new OAuth2AuthorizationException(new OAuth2Error(code,
				"Webex token endpoint answered " + status.value() + " (trackingId " + trackingId + ")", null));
	}

	private static String code(HttpStatusCode status, @Nullable JsonNode body) {
		if (status.value() == 429 || status.is5xxServerError()) {
			return TokenErrors.TEMPORARILY_UNAVAILABLE;
		}
		if (!status.is4xxClientError() || body == null) {
			return TokenErrors.INVALID_TOKEN_RESPONSE; // a redirect, an HTML page, an empty body
		}
		String error = text(body, "error");
		if (error != null && error.matches("[a-z_]{1,64}")) {
			return error;
		}
		if (descriptions(body).stream().anyMatch(TokenErrors::saysGrantIsDead)) {
			return TokenErrors.INVALID_GRANT;
		}
		String message = firstNonNull(text(body, "message"), "").toLowerCase(Locale.ROOT);
		if ((status.value() == 400 || status.value() == 401) && message.contains("client")
				&& !message.contains("refresh")) {
			return TokenErrors.INVALID_CLIENT; // only logged for the operator; nothing is deleted for it
		}
		return TokenErrors.INVALID_TOKEN_RESPONSE;
	}

	/** Every human-readable text of an error body: RFC {@code error_description}, Webex's message and errors. */
	private static List<String> descriptions(JsonNode body) {
		List<String> texts = new ArrayList<>();
		for (String member : List.of("error_description", "message")) {
			String value = text(body, member);
			if (value != null) {
				texts.add(value);
			}
		}
		JsonNode errors = body.get("errors");
		if (errors != null && errors.isArray()) {
			for (JsonNode error : errors) {
				JsonNode description = error.get("description");
				if (description != null && description.isString()) {
					texts.add(description.asString());
				}
			}
		}
		return texts;
	}

	private static @Nullable JsonNode readJson(ClientHttpResponse response) {
		try (InputStream in = response.getBody()) {
			byte[] bytes = in.readNBytes(MAX_ERROR_BODY);
			return json.readTree(new String(bytes, StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			return null; // an HTML gateway page or a truncated body: classified by status alone
		}
	}

	private static @Nullable String text(@Nullable JsonNode body, String member) {
		if (body == null || !body.isObject()) {
			return null;
		}
		JsonNode value = body.get(member);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
		return (a != null) ? a : b;
	}

}
