package io.webexkit.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** A fully read response, detached from the connection. */
/** {@code trackingId} is the response's TrackingID, or the one sent when the response had none. */
record RawResponse(int status, HttpHeaders headers, byte[] body, String trackingId) {

	static final String TRACKING_ID = "TrackingID";

	boolean successful() {
		return this.status >= 200 && this.status < 300;
	}

	@Nullable String header(String name) {
		return this.headers.getFirst(name);
	}

	List<String> headers(String name) {
		List<String> values = this.headers.get(name);
		return (values != null) ? values : List.of();
	}

}
