package io.webexkit.client;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends calls over one JDK {@link HttpClient} per built client (so connections are reused) and applies the rules
 * common to every call: origin check, TrackingID, one refresh after 401, rate-limit waits, retries. The read timeout
 * bounds each attempt until its whole body is read, and bodies are capped in size while they are read.
 */
final class HttpEngine {

	private static final Logger logger = LoggerFactory.getLogger(HttpEngine.class);

	/** Error bodies only feed a short message; reading more would be wasted. */
	private static final int ERROR_BODY_LIMIT = 64 * 1024;

	private final ClientSettings settings;

	private final HttpClient http;

	HttpEngine(ClientSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			// Never follow redirects: the Authorization header must not travel to another host.
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	ClientSettings settings() {
		return this.settings;
	}

	/** Runs one call to a successful response, its body read whole, or throws the matching {@link WebexException}. */
	RawResponse execute(ApiCall call, AccessTokenSupplier tokens) {
		Success<byte[]> success = execute(call, tokens, this::bytes);
		byte[] body = success.body();
		return new RawResponse(success.status(), success.headers(), (body != null) ? body : new byte[0],
				success.trackingId());
	}

	/**
	 * Runs one call to a successful response whose body {@code successBody} takes (a stream, say, for a file), or
	 * throws the matching {@link WebexException}; error bodies are always read whole, up to a limit.
	 */
	<T> Success<T> execute(ApiCall call, AccessTokenSupplier tokens, SuccessBody<T> successBody) {
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
		Duration scanWaited = Duration.ZERO;
		while (true) {
			Exchanged exchanged;
			try {
				exchanged = send(call, token, trackingId, successBody);
			}
			catch (TransportFailure ex) {
				WebexTransportException error = new WebexTransportException(
						call.describe() + " failed: " + ex.getMessage(), trackingId, ex.getCause());
				pause(call, "transport", call.idempotent()
						? this.settings.retryPolicy().delayBeforeRetry(failedRetries++) : Optional.empty(), deadline,
						error);
				continue;
			}
			if (exchanged.successful()) {
				@SuppressWarnings("unchecked")
				T body = (T) exchanged.body();
				return new Success<>(exchanged.status(), exchanged.headers(), body, exchanged.trackingId());
			}
			RawResponse response = exchanged.error();
			if (response.status() == 401 && !refreshed) {
				refreshed = true;
				token = usable(tokens.refreshAfterUnauthorized(token));
				if (!call.repeatable()) {
					throw new WebexApiException(401, "Webex answered 401 to " + call.describe()
							+ "; the token was refreshed, but the upload's stream cannot be sent again: post again "
							+ "with a new stream", null, response.trackingId());
				}
				continue;
			}
			WebexApiException error = ErrorResponses.toException(call, response, trackingId,
					this.settings.clock().instant(), token);
			if (error instanceof WebexFileScanPendingException pending) {
				// Scans take their own bounded time (a large file can take minutes), apart from callTimeout.
				Duration wait = pending.retryAfter();
				Duration scanTimeout = (call.scanTimeout() != null) ? call.scanTimeout()
						: this.settings.fileScanTimeout();
				if (scanWaited.plus(wait).compareTo(scanTimeout) > 0) {
					throw error;
				}
				scanWaited = scanWaited.plus(wait);
				pause(call, "file_scan", Optional.of(wait), Instant.MAX, error);
			}
			else if (error instanceof WebexRateLimitException limited && call.repeatable()) {
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

	private <T> Exchanged send(ApiCall call, String token, String trackingId, SuccessBody<T> successBody)
			throws TransportFailure {
		long started = System.nanoTime();
		RequestBody body = call.body();
		Duration timeout = call.transfer() ? this.settings.fileTransferTimeout() : this.settings.readTimeout();
		HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
			.timeout(timeout)
			.header("Authorization", "Bearer " + token)
			.header(RawResponse.TRACKING_ID, trackingId)
			.header("User-Agent", this.settings.userAgent())
			.header("Accept", call.accept())
			.method(call.method(), (body != null) ? body.publisher() : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", body.contentType());
		}
		HttpResponse.BodyHandler<@Nullable Object> handler = (info) -> successful(info.statusCode())
				? widen(successBody.subscriber(info)) : widen(errorBody(info));
		CompletableFuture<HttpResponse<@Nullable Object>> exchange = this.http.sendAsync(request.build(), handler);
		try {
			// the request's own timeout ends at the response headers; this one includes reading the body
			HttpResponse<@Nullable Object> response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
			String responseTrackingId = response.headers().firstValue(RawResponse.TRACKING_ID).orElse(trackingId);
			Exchanged exchanged = new Exchanged(response.statusCode(), response.headers(), response.body(),
					responseTrackingId);
			this.settings.listener()
				.exchanged(call.method(), call.resourcePath(), exchanged.status(), elapsedSince(started));
			if (logger.isDebugEnabled()) {
				logger.debug("{} -> {} TrackingID={} in {} ms", call.describe(), exchanged.status(),
						exchanged.trackingId(), (System.nanoTime() - started) / 1_000_000);
			}
			return exchanged;
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			BoundedBody.TooLarge tooLarge = find(cause, BoundedBody.TooLarge.class);
			if (tooLarge != null) {
				this.settings.listener().failed(call.method(), call.resourcePath(), elapsedSince(started));
				String responseTrackingId = tooLarge.trackingId();
				throw new WebexResponseTooLargeException("Webex response to " + call.describe() + " is too large",
						(responseTrackingId != null) ? responseTrackingId : trackingId,
						this.settings.maxResponseBytes());
			}
			throw failed(call, trackingId, started, cause);
		}
		catch (TimeoutException ex) {
			exchange.cancel(true); // aborts the exchange and frees the connection
			throw failed(call, trackingId, started, ex);
		}
		catch (InterruptedException ex) {
			exchange.cancel(true);
			Thread.currentThread().interrupt();
			throw failed(call, trackingId, started, ex);
		}
	}

	private static boolean successful(int status) {
		return status >= 200 && status < 300;
	}

	private static <X> HttpResponse.BodySubscriber<@Nullable Object> widen(HttpResponse.BodySubscriber<X> subscriber) {
		return HttpResponse.BodySubscribers.mapping(subscriber, (body) -> body);
	}

	/** A successful body read whole: past the size limit the exchange fails. */
	private HttpResponse.BodySubscriber<byte[]> bytes(HttpResponse.ResponseInfo info) {
		long limit = this.settings.maxResponseBytes();
		OptionalLong length = info.headers().firstValueAsLong("Content-Length");
		String trackingId = info.headers().firstValue(RawResponse.TRACKING_ID).orElse(null);
		if (length.isPresent() && length.getAsLong() > limit) {
			return BoundedBody.refused(limit, trackingId);
		}
		return new BoundedBody(limit, false, trackingId);
	}

	/** An error body only feeds a short message: it is cut at a limit. */
	private HttpResponse.BodySubscriber<byte[]> errorBody(HttpResponse.ResponseInfo info) {
		String trackingId = info.headers().firstValue(RawResponse.TRACKING_ID).orElse(null);
		return new BoundedBody(Math.min(this.settings.maxResponseBytes(), ERROR_BODY_LIMIT), true, trackingId);
	}

	private TransportFailure failed(ApiCall call, String trackingId, long started, Throwable cause) {
		this.settings.listener().failed(call.method(), call.resourcePath(), elapsedSince(started));
		String reason = (cause instanceof TimeoutException) ? "HttpTimeoutException" : rootCause(cause);
		logger.debug("{} failed TrackingID={} in {} ms: {}", call.describe(), trackingId,
				(System.nanoTime() - started) / 1_000_000, reason);
		return new TransportFailure(reason, cause);
	}

	private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

	/** Waits before the next attempt, or throws {@code error} when giving up is the answer. */
	private void pause(ApiCall call, String reason, Optional<Duration> wait, Instant deadline,
			WebexException error) {
		if (wait.isEmpty() || this.settings.clock().instant().plus(wait.get()).isAfter(deadline)) {
			throw error;
		}
		this.settings.listener().waiting(call.method(), call.resourcePath(), reason, wait.get());
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

	/** No response: the connection failed, timed out or was interrupted. The message names the cause's type only. */
	private static final class TransportFailure extends Exception {

		TransportFailure(String reason, Throwable cause) {
			super(reason, cause, false, false);
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

	/** How the body of a successful response is taken. */
	@FunctionalInterface
	interface SuccessBody<T> {

		HttpResponse.BodySubscriber<T> subscriber(HttpResponse.ResponseInfo info);

	}

	/** A successful response; {@code body} is what the {@link SuccessBody} made of it. */
	record Success<T>(int status, HttpHeaders headers, @Nullable T body, String trackingId) {
	}

	/** One response of either kind: an error's body is the bytes read. */
	private record Exchanged(int status, HttpHeaders headers, @Nullable Object body, String trackingId) {

		boolean successful() {
			return HttpEngine.successful(this.status);
		}

		RawResponse error() {
			return new RawResponse(this.status, this.headers, (this.body instanceof byte[] bytes) ? bytes : new byte[0],
					this.trackingId);
		}

	}

}
