package io.webexkit.spring;

/**
 * The integration's client id and secret: from the environment against real Webex, or made up at start-up for the
 * built-in simulator.
 */
public record WebexCredentials(String clientId, String clientSecret) {

	@Override
	public String toString() {
		return "WebexCredentials[clientId=" + this.clientId + ", clientSecret=(hidden)]";
	}

}
