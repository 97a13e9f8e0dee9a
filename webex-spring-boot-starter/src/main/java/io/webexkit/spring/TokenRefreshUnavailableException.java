package io.webexkit.spring;

/** The access token has expired and Webex could not refresh it just now (5xx, timeout, rate limit): retry later. */
public class TokenRefreshUnavailableException extends RuntimeException {

	public TokenRefreshUnavailableException(String message) {
		super(message);
	}

}
