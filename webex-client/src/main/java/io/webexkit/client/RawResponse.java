package io.webexkit.client;

import java.net.http.HttpHeaders;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A fully read response, detached from the connection.
 *
 * @param trackingId the response's TrackingID, or the one sent when the response had none
 */
record RawResponse(int status, HttpHeaders headers, byte[] body, String trackingId) {

	static final String TRACKING_ID = "TrackingID";

	boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

	/** The first value of a header (names are case-insensitive). */
	@Nullable String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	List<String> headers(String name) {
		return this.headers.allValues(name);
	}

}
