package io.webexkit.app.spaces;

/** The user tried something the grant does not allow (403); the message names the permission. */
class PermissionMissingException extends RuntimeException {

	PermissionMissingException(String message) {
		super(message);
	}

}
