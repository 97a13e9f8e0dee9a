package io.webexkit.app.spaces;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.app.connect.Disconnected;
import io.webexkit.app.live.LiveNotice;
import io.webexkit.app.live.LiveRelay;
import io.webexkit.app.session.SessionValidity;
import io.webexkit.app.spaces.SpaceStreams.OpenStream;
import io.webexkit.spring.WebexGrants;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Ends the streams whose access ended. A stream is authorised when it opens, and lives on only while the session it
 * was opened in is valid and its person's grant is there: logging out or disconnecting on this instance ends the
 * person's streams here at once and tells the other instances; a push first checks the stream's session (and reads
 * Webex with the grant); and each heartbeat checks everyone with a stream open, so that a stream outlives the end of
 * its access by one heartbeat at most even when a notice is lost. None of it reads anything per page view.
 */
@Component
class StreamAccess {

	private static final Logger log = LoggerFactory.getLogger(StreamAccess.class);

	private final SpaceStreams streams;

	private final SessionValidity sessions;

	private final WebexGrants grants;

	private final LiveRelay relay;

	StreamAccess(SpaceStreams streams, SessionValidity sessions, WebexGrants grants, LiveRelay relay) {
		this.streams = streams;
		this.sessions = sessions;
		this.grants = grants;
		this.relay = relay;
		relay.onNotice(this::relayed);
		streams.onHeartbeat(this::sweep);
	}

	/** After the logout handler ended the person's sessions (it runs first). */
	@EventListener
	void on(LogoutSuccessEvent event) {
		String personId = event.getAuthentication().getName();
		Instant validSince;
		try {
			validSince = this.sessions.validSince(List.of(personId)).get(personId);
		}
		catch (DataAccessException ex) {
			validSince = null;
		}
		LiveNotice.SessionsEnded ended = new LiveNotice.SessionsEnded(personId,
				(validSince != null) ? validSince : Instant.ofEpochMilli(event.getTimestamp()));
		sessionsEnded(ended);
		this.relay.publish(ended);
	}

	@EventListener
	void on(Disconnected event) {
		grantGone(event.personId());
		this.relay.publish(new LiveNotice.GrantGone(event.personId()));
	}

	private void relayed(LiveNotice notice) {
		if (notice instanceof LiveNotice.SessionsEnded ended) {
			sessionsEnded(ended);
		}
		else if (notice instanceof LiveNotice.GrantGone gone) {
			grantGone(gone.personId());
		}
	}

	/**
	 * Those of the person's {@code candidates} whose session is still valid; the others are ended. None when this
	 * cannot be known (the database is unreachable): nothing is pushed that might not be allowed.
	 */
	List<OpenStream> stillValid(String personId, List<OpenStream> candidates) {
		if (candidates.isEmpty()) {
			return candidates;
		}
		Instant validSince;
		try {
			validSince = this.sessions.validSince(List.of(personId)).get(personId);
		}
		catch (DataAccessException ex) {
			return List.of();
		}
		if (validSince == null) {
			return candidates;
		}
		sessionsEnded(new LiveNotice.SessionsEnded(personId, validSince));
		return candidates.stream().filter((stream) -> !ended(stream, validSince)).toList();
	}

	/** The person's grant is gone: none of their streams can get anything any more. */
	void grantGone(String personId) {
		this.streams.end(personId, (stream) -> true, "grant");
	}

	private void sessionsEnded(LiveNotice.SessionsEnded ended) {
		this.streams.end(ended.personId(), (stream) -> ended(stream, ended.at()), "session");
	}

	private static boolean ended(OpenStream stream, Instant validSince) {
		return SessionValidity.ended(stream.sessionIssuedAt(), validSince);
	}

	/** Everyone with a stream open here: one read of the session stamps, and one of each person's grant. */
	void sweep() {
		Set<String> people = this.streams.people();
		if (people.isEmpty()) {
			return;
		}
		try {
			Map<String, Instant> validSince = this.sessions.validSince(people);
			validSince.forEach((personId, since) -> sessionsEnded(new LiveNotice.SessionsEnded(personId, since)));
			for (String personId : people) {
				if (!this.grants.connected(personId)) {
					grantGone(personId);
				}
			}
		}
		catch (DataAccessException ex) {
			// the next heartbeat looks again; pushes meanwhile check for themselves
			log.debug("Live streams' access not checked: {}", ex.getMessage());
		}
	}

}
