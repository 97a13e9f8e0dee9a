package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What every endpoint shares: tracking ids, added latency and the forced failures a test asked for. */
final class SimulatedFailures {

	static final String TRACKING_HEADER = "TrackingID";

	private static final Pattern SAFE_TRACKING_ID = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private SimulatedFailures() {
	}

	/** The caller's {@code TrackingID} when it is a sane header value, else a fresh one. */
	static String trackingId(HttpServletRequest request) {
		String sent = request.getHeader(TRACKING_HEADER);
		return (sent != null && SAFE_TRACKING_ID.matcher(sent).matches()) ? sent : Secrets.trackingId();
	}

	static void sleep(Duration latency) {
		if (latency.isZero()) {
			return;
		}
		try {
			Thread.sleep(latency.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A forced failure: 502 as an HTML page (what a gateway in front of Webex sends), everything else as Webex's JSON
	 * error; 429, 503 and 423 carry {@code Retry-After}.
	 */
	static ResponseEntity<byte[]> respond(int status, String retryAfter, String trackingId) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status).header(TRACKING_HEADER, trackingId);
		if (status == 429 || status == 503 || status == 423) {
			response.header(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		String reason = reason(status);
		if (status == 502) {
			String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
			return response.contentType(MediaType.TEXT_HTML).body(html.getBytes(StandardCharsets.UTF_8));
		}
		return response.contentType(MediaType.APPLICATION_JSON).body(Json.write(Json.error(reason, trackingId)));
	}

	static String reason(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "Error";
	}

}
