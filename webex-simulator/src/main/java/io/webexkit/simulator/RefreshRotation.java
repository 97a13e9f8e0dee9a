package io.webexkit.simulator;

/** How the token endpoint answers a refresh grant with respect to the refresh token. */
public enum RefreshRotation {

	/** The response has no {@code refresh_token} member; the client must keep the one it has. */
	NONE_OMIT,

	/** The same refresh token is echoed back. */
	NONE_SAME,

	/** A new refresh token each time; replaced ones stay valid. */
	ROTATE,

	/**
	 * A new refresh token each time; presenting a replaced one revokes every token of the grant and answers
	 * {@code invalid_grant}.
	 */
	ROTATE_REVOKE_FAMILY

}
