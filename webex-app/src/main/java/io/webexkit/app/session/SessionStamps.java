package io.webexkit.app.session;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When each person's sessions were last ended (log out): a session cookie issued before that moment is no longer
 * accepted, on any instance, from the next request on. The one server-side read a signed-in page makes for its
 * session: a primary-key lookup of a small row.
 */
class SessionStamps {

	private final JdbcClient jdbc;

	SessionStamps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Since when the person's sessions are valid; empty when they were never ended. */
	Optional<Instant> validSince(String personId) {
		return this.jdbc.sql("SELECT valid_since FROM person_session WHERE person_id = ?")
			.param(personId)
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.optional();
	}

	/** {@link #validSince(String)} of each of these people whose sessions were ended, one query per 500 people. */
	Map<String, Instant> validSince(Collection<String> personIds) {
		Map<String, Instant> validSince = new HashMap<>();
		List<String> ids = List.copyOf(personIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			this.jdbc
				.sql("SELECT person_id, valid_since FROM person_session WHERE person_id IN ("
						+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")
				.params(chunk)
				.query((ResultSet rs) -> {
					validSince.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
				});
		}
		return validSince;
	}

	/** Ends every session of the person issued before {@code now}, in every browser and on every instance. */
	void endSessions(String personId, Instant now) {
		Object at = now.atOffset(ZoneOffset.UTC);
		if (this.jdbc.sql("UPDATE person_session SET valid_since = ? WHERE person_id = ?").params(at, personId).update() > 0) {
			return;
		}
		try {
			this.jdbc.sql("INSERT INTO person_session (person_id, valid_since) VALUES (?, ?)").params(personId, at).update();
		}
		catch (DuplicateKeyException ex) {
			// another instance ended them at the same moment
			this.jdbc.sql("UPDATE person_session SET valid_since = ? WHERE person_id = ?").params(at, personId).update();
		}
	}

}
