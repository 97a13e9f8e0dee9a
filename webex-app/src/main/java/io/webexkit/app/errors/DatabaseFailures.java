package io.webexkit.app.errors;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/** Recognises a database failure (unreachable, timed out, refused) behind whatever wrapped it. */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** The database failure in {@code ex}'s cause chain, if any. */
	public static @Nullable Throwable find(@Nullable Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException) {
				return t;
			}
		}
		return null;
	}

}
