package io.webexkit.spring.vault;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Small helpers for the vault's SQL: instants as UTC timestamps, and parameter lists of any length. */
final class Sql {

	private Sql() {
	}

	/** {@code ?, ?, ?} for an {@code IN} list of {@code count} values. */
	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/** One parameter list from several; null values stay (as SQL NULL). */
	@SafeVarargs
	static List<@Nullable Object> concat(Collection<? extends @Nullable Object>... parts) {
		List<@Nullable Object> all = new ArrayList<>();
		Arrays.stream(parts).forEach(all::addAll);
		return all;
	}

	/** An instant as the {@code TIMESTAMP WITH TIME ZONE} the tables hold, in UTC. */
	static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
