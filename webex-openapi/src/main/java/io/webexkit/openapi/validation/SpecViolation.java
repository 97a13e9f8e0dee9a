package io.webexkit.openapi.validation;

import java.util.List;

/**
 * One answer of a simulated Webex that is not what Webex's OpenAPI document says.
 *
 * @param operation the document's operation, e.g. {@code GET /rooms/{roomId}}
 * @param request the request's method and path under {@code /v1}
 * @param status the status the simulator answered
 * @param body the body it answered
 * @param problems what differs from the document
 */
public record SpecViolation(String operation, String request, int status, String body, List<String> problems) {

	@Override
	public String toString() {
		String shown = (this.body.length() > 2000) ? this.body.substring(0, 2000) + "..." : this.body;
		return this.request + " answered " + this.status + ": " + this.problems + " in " + shown;
	}

}
