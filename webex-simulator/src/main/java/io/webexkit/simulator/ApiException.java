package io.webexkit.simulator;

/** A REST API error answered with Webex's JSON error body. */
final class ApiException extends RuntimeException {

	private final int status;

	ApiException(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	static ApiException badRequest(String message) {
		return new ApiException(400, message);
	}

	static ApiException notFound(String message) {
		return new ApiException(404, message);
	}

	int status() {
		return this.status;
	}

}
