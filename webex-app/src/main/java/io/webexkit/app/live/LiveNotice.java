package io.webexkit.app.live;

import java.time.Instant;

/**
 * What one instance tells the others about one person: ids and instants only, never what anyone wrote, so that
 * nothing a user wrote passes through the database.
 */
public sealed interface LiveNotice permits LiveNotice.NewMessage, LiveNotice.SessionsEnded, LiveNotice.GrantGone {

	/** The person it is about. */
	String personId();

	/**
	 * A new message the person's webhook saw.
	 *
	 * @param roomId the space
	 * @param messageId the new message
	 */
	record NewMessage(String personId, String roomId, String messageId) implements LiveNotice {

	}

	/**
	 * The person logged out: their sessions issued at or before {@code at} are no longer valid.
	 *
	 * @param at since when their sessions are valid
	 */
	record SessionsEnded(String personId, Instant at) implements LiveNotice {

	}

	/** The person's grant was deleted (Disconnect): nothing can be read for them any more. */
	record GrantGone(String personId) implements LiveNotice {

	}

}
