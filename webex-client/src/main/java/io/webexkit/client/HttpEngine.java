package io.webexkit.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends calls over one JDK HttpClient per built client (so connections are reused) and applies
 * the rules common to every call: origin check, TrackingID, one refresh after 401, rate-limit
 * waits, retries.
 */
final class HttpEngine {

	private static final Logger logger = LoggerFactory.getLogger(HttpEngine.class);

	/** Error bodies only feed a short message; reading more would be wasted. */
	private static final int ERROR_BODY_LIMIT = 64 * 1024;

	private final ClientSettings settings;

	private final RestClient restClient;

	HttpEngine(ClientSettings settings) {
		this.settings = settings;
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			// Never follow redirects: the Authorization header must not travel to another host.
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(settings.readTimeout());
		this.restClient = RestClient.builder().requestFactory(requestFactory).build();
	}

	ClientSettings settings() {
		return this.settings;
	}

	/** Runs one call to a successful response, or throws the matching {@link WebexException}. */
	RawResponse execute(ApiCall call, AccessTokenSupplier tokens) {
		String trackingId = newTrackingId();
		if (!this.settings.origin().trusts(call.uri(), call.resourcePath())) {
			throw new WebexForeignLinkException("Refusing to send the access token to "
					+ ApiOrigin.describeOrigin(call.uri()) + call.uri().getRawPath() + ": not under "
					+ this.settings.origin() + call.resourcePath(), trackingId);
		}
		Instant deadline = this.settings.clock().instant().plus(this.settings.callTimeout());
		String token = usable(tokens.accessToken());
		boolean refreshed = false;
		int rateLimitedRetries = 0;
		int failedRetries = 0;
		while (true) {
			RawResponse response;
			try {
				response = send(call, token, trackingId);
			}
			catch (RestClientException | UncheckedIOException ex) {
				WebexTransportException error = new WebexTransportException(
						call.describe() + " failed: " + rootCause(ex), trackingId, ex);
				pause(call, "transport", call.idempotent()
						? this.settings.retryPolicy().delayBeforeRetry(failedRetries++) : Optional.empty(), deadline,
						error);
				continue;
			}
			if (response.successful()) {
				return response;
			}
			if (response.status() == 401 && !refreshed) {
				refreshed = true;
				token = usable(tokens.refreshAfterUnauthorized(token));
				continue;
			}
			WebexApiException error = ErrorResponses.toException(call, response, trackingId,
					this.settings.clock().instant(), token);
			if (error instanceof WebexRateLimitException limited) {
				Duration retryAfter = limited.retryAfter();
				// Whatever the policy says, never call again before Retry-After has passed.
				pause(call, "rate_limit", this.settings.rateLimitPolicy()
					.waitBeforeRetry(retryAfter, rateLimitedRetries++)
					.map((wait) -> (wait.compareTo(retryAfter) < 0) ? retryAfter : wait), deadline, error);
			}
			else if (error instanceof WebexServerException && call.idempotent()) {
				pause(call, "server_error", this.settings.retryPolicy().delayBeforeRetry(failedRetries++), deadline,
						error);
			}
			else {
				throw error;
			}
		}
	}

	private RawResponse send(ApiCall call, String token, String trackingId) {
		long started = System.nanoTime();
		RestClient.RequestBodySpec request = this.restClient.method(call.method())
			.uri(call.uri())
			.headers((headers) -> {
				headers.setBearerAuth(token);
				headers.set(RawResponse.TRACKING_ID, trackingId);
				headers.set(HttpHeaders.USER_AGENT, this.settings.userAgent());
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				if (call.body() != null) {
					headers.setContentType(MediaType.APPLICATION_JSON);
				}
			});
		if (call.body() != null) {
			request.body(call.body());
		}
		try {
			RawResponse response = request.exchange((req, res) -> read(res, call, trackingId), true);
			this.settings.listener()
				.exchanged(call.method().name(), call.resourcePath(), response.status(), elapsedSince(started));
			logger.debug("{} -> {} TrackingID={} in {} ms", call.describe(), response.status(),
					response.trackingId(), (System.nanoTime() - started) / 1_000_000);
			return response;
		}
		catch (RuntimeException ex) {
			this.settings.listener().failed(call.method().name(), call.resourcePath(), elapsedSince(started));
			logger.debug("{} failed TrackingID={} in {} ms: {}", call.describe(), trackingId,
					(System.nanoTime() - started) / 1_000_000, ex.getClass().getSimpleName());
			throw ex;
		}
	}

	private RawResponse read(ClientHttpResponse response, ApiCall call, String trackingId) throws IOException {
		int status = response.getStatusCode().value();
		HttpHeaders headers = HttpHeaders.copyOf(response.getHeaders());
		boolean successful = status >= 200 && status < 300;
		long limit = successful ? this.settings.maxResponseBytes()
				: Math.min(this.settings.maxResponseBytes(), ERROR_BODY_LIMIT);
		if (successful && headers.getContentLength() > limit) {
			throw tooLarge(call, headers, trackingId);
		}
		byte[] body;
		try (InputStream in = response.getBody()) {
			body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
		}
		if (body.length > limit) {
			if (successful) {
				throw tooLarge(call, headers, trackingId);
			}
			body = Arrays.copyOf(body, (int) limit);
		}
		String responseTrackingId = headers.getFirst(RawResponse.TRACKING_ID);
		return new RawResponse(status, headers, body, (responseTrackingId != null) ? responseTrackingId : trackingId);
	}

	private WebexResponseTooLargeException tooLarge(ApiCall call, HttpHeaders headers, String trackingId) {
		String responseTrackingId = headers.getFirst(RawResponse.TRACKING_ID);
		return new WebexResponseTooLargeException("Webex response to " + call.describe() + " is too large",
				(responseTrackingId != null) ? responseTrackingId : trackingId, this.settings.maxResponseBytes());
	}

	/** Waits before the next attempt, or throws {@code error} when giving up is the answer. */
	private void pause(ApiCall call, String reason, Optional<Duration> wait, Instant deadline,
			WebexException error) {
		if (wait.isEmpty() || this.settings.clock().instant().plus(wait.get()).isAfter(deadline)) {
			throw error;
		}
		this.settings.listener().waiting(call.method().name(), call.resourcePath(), reason, wait.get());
		try {
			this.settings.sleeper().sleep(wait.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new WebexTransportException("Interrupted while waiting to retry", error.trackingId().orElse(null),
					ex);
		}
	}

	private static Duration elapsedSince(long startedNanos) {
		return Duration.ofNanos(System.nanoTime() - startedNanos);
	}

	private String newTrackingId() {
		String uuid = UUID.randomUUID().toString();
		String prefix = this.settings.trackingIdPrefix();
		return (prefix != null) ? prefix + "_" + uuid : uuid;
	}

	/** Rejects tokens that would break the header; the message never echoes the token. */
	private static String usable(String token) {
		try {
			return Checks.headerSafe(token, "access token");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The AccessTokenSupplier returned an unusable token: " + ex.getMessage());
		}
	}

	private static String rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		// Only the type: JDK messages can quote the full URL, which may hold e-mail addresses.
		return root.getClass().getSimpleName();
	}

}
