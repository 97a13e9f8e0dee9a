package io.webexkit.spring;

/**
 * A stored grant was encrypted with a key this instance does not have (another instance runs with a newer key ring,
 * or this one was started with the wrong key). An operator problem: the grant is left exactly as it is, and the user
 * is told to try again later rather than to GRANT again.
 */
public class TokenKeyUnavailableException extends RuntimeException {

	private final String keyId;

	public TokenKeyUnavailableException(String keyId) {
		super("A stored grant is encrypted with token key " + keyId
				+ ", which is not in this instance's key ring (WEBEX_TOKEN_KEY or WEBEX_TOKEN_KEY_FILE)");
		this.keyId = keyId;
	}

	public String keyId() {
		return this.keyId;
	}

}
