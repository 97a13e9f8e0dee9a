package io.webexkit.client;

import java.time.Duration;

/**
 * Observes a client's HTTP exchanges, for metrics. Called on the calling thread; keep it fast and never throw.
 * {@code resource} is the API resource ({@code /rooms}, {@code /people}, ...), never a full URL.
 */
public interface WebexCallListener {

	/** One HTTP exchange got a response (every attempt, retries included). */
	default void exchanged(String method, String resource, int status, Duration elapsed) {
	}

	/** One HTTP exchange failed without a response (timeout, connection error). */
	default void failed(String method, String resource, Duration elapsed) {
	}

	/**
	 * The client waits before trying again.
	 * @param reason {@code rate_limit}, {@code server_error}, {@code transport} or {@code file_scan} (Webex scans a
	 * new file for malware)
	 */
	default void waiting(String method, String resource, String reason, Duration wait) {
	}

	/** A listener that does nothing. */
	static WebexCallListener none() {
		return new WebexCallListener() {
		};
	}

}
