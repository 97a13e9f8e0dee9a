package io.webexkit.app.session;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether signed-in sessions are still valid, for work that outlives the request that checked its session (a live
 * stream): when the request's session was issued, and when people's sessions were last ended, under the rule each
 * request's session is checked by.
 */
@Component
public final class SessionValidity {

	private final SessionStamps stamps;

	SessionValidity(DataSource dataSource) {
		this.stamps = new SessionStamps(JdbcClient.create(dataSource));
	}

	/**
	 * When the request's session was issued; empty when it has none, or none still valid (its session stamp is
	 * checked when something first asks who is signed in).
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
