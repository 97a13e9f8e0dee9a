package io.webexkit.app.spaces;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A paging link that this app did not make. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class BadCursorException extends RuntimeException {

	BadCursorException() {
		super("Invalid page link");
	}

}
