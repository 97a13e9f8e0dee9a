package io.webexkit.client;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/** The validated, immutable configuration of a client and of its per-user copies. */
record ClientSettings(ApiOrigin origin, Duration connectTimeout, Duration readTimeout, Duration callTimeout,
		RateLimitPolicy rateLimitPolicy, RetryPolicy retryPolicy, Clock clock, Sleeper sleeper,
		@Nullable String trackingIdPrefix, String userAgent, long maxResponseBytes, WebexCallListener listener,
		Duration fileTransferTimeout, Duration fileScanTimeout) {
}
