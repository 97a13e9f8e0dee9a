package io.webexkit.app.session;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * Whether signed-in sessions are still valid, for work that outlives the request that checked its session (a live
 * stream): when the request's session was issued, and when people's sessions were last ended, under the rule each
 * request's session is checked by.
 */
@Component
public final class SessionValidity {

	private final SessionStamps stamps;

	SessionValidity(SessionStamps stamps) {
		this.stamps = stamps;
	}

	/**
	 * When the request's session was issued; empty when it has none, or none still valid (the session cookie filter
	 * checked its lifetimes and the person's session stamp).
	 */
	public Optional<Instant> issuedAt(HttpServletRequest request) {
		return (request.getAttribute(SessionCookieFilter.ATTRIBUTE) instanceof SignedInSession session)
				? Optional.of(session.issuedAt()) : Optional.empty();
	}

	/** Since when the sessions of each of these people are valid, for those whose sessions were ever ended. */
	public Map<String, Instant> validSince(Collection<String> personIds) {
		return this.stamps.validSince(personIds);
	}

	/**
	 * Whether a session issued at {@code issuedAt} is no longer valid once the person's sessions are valid since
	 * {@code validSince}: ending sessions ends those issued up to that moment.
	 */
	public static boolean ended(Instant issuedAt, Instant validSince) {
		return !issuedAt.isAfter(validSince);
	}

}
