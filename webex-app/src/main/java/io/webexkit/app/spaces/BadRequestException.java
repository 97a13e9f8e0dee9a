package io.webexkit.app.spaces;

/** A request this app did not make: a bad parameter, a forged page link or a malformed space id (400). */
class BadRequestException extends RuntimeException {

	/** @param message what was wrong, chosen by the code (never text from the request) */
	BadRequestException(String message) {
		super(message);
	}

}
