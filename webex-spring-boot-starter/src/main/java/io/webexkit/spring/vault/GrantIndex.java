package io.webexkit.spring.vault;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.metrics.TokenMetrics;

import org.springframework.jdbc.core.simple.JdbcClient;

import static io.webexkit.spring.vault.Sql.concat;
import static io.webexkit.spring.vault.Sql.placeholders;
import static io.webexkit.spring.vault.Sql.time;

/**
 * Questions about many grants at once, answered without decrypting any: which are due for a background refresh,
 * which lapsed unused (and their removal), who is connected, which keys are in use, how many there are. The vault
 * itself ({@link TokenVault}) reads and writes one person's grant at a time.
 */
public class GrantIndex {

	private final JdbcClient jdbc;

	private final TokenKeyRing keys;

	private final TokenMetrics metrics;

	public GrantIndex(JdbcClient jdbc, TokenKeyRing keys, TokenMetrics metrics) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.metrics = metrics;
	}

	/** Grants whose refresh token expires before {@code before}: users who will have to GRANT again soon. */
	public long countRefreshExpiringBefore(Instant before) {
		return this.jdbc.sql("SELECT COUNT(*) FROM webex_grant WHERE refresh_token_expires_at < ?")
			.param(time(before))
			.query(Long.class)
			.single();
	}

	/**
	 * Person ids of grants the background should refresh: readable with a key of this instance, used since
	 * {@code usedSince}, the access token expiring before {@code accessBefore} or the refresh token before
	 * {@code refreshBefore}, and no backoff pending. Soonest expiry first.
	 */
	public List<String> dueForRefresh(String registrationId, Instant accessBefore, Instant refreshBefore, Instant now,
			Instant usedSince, int limit) {
		return this.jdbc
			.sql("SELECT person_id FROM webex_grant WHERE registration_id = ? AND unreadable_since IS NULL AND key_id IN ("
					+ placeholders(this.keys.ids().size()) + ") AND last_used_at >= ? AND (access_token_expires_at < ? "
					+ "OR refresh_token_expires_at < ?) AND (next_refresh_attempt_at IS NULL "
					+ "OR next_refresh_attempt_at < ?) ORDER BY access_token_expires_at FETCH FIRST " + limit
					+ " ROWS ONLY")
			.params(concat(List.of(registrationId), this.keys.ids(),
					Arrays.asList(time(usedSince), time(accessBefore), time(refreshBefore), time(now))))
			.query(String.class)
			.list();
	}

	/**
	 * Removes grants nobody has used since {@code usedBefore} whose refresh token has lapsed by now (an unknown
	 * refresh lifetime counts as {@code assumedRefreshLifetime} from its issue). Nothing could renew them.
	 * @return how many were removed
	 */
	public int removeLapsed(String registrationId, Instant usedBefore, Instant now, Duration assumedRefreshLifetime) {
		List<String> lapsed = this.jdbc
			.sql("SELECT person_id FROM webex_grant WHERE registration_id = ? AND last_used_at < ? "
					+ "AND access_token_expires_at < ? AND (refresh_token_expires_at < ? OR (refresh_token_expires_at "
					+ "IS NULL AND (refresh_token_issued_at IS NULL OR refresh_token_issued_at < ?)))")
			.params(registrationId, time(usedBefore), time(now), time(now), time(now.minus(assumedRefreshLifetime)))
			.query(String.class)
			.list();
		int removed = 0;
		for (String personId : lapsed) {
			int deleted = this.jdbc
				.sql("DELETE FROM webex_grant WHERE registration_id = ? AND person_id = ? AND last_used_at < ?")
				.params(registrationId, personId, time(usedBefore))
				.update();
			if (deleted > 0) {
				this.metrics.grantDeleted("lapsed");
				removed++;
			}
		}
		return removed;
	}

	/** The people of the registration whose grant this instance can read (not marked unreadable, a known key). */
	public List<String> readablePeople(String registrationId) {
		return this.jdbc
			.sql("SELECT person_id FROM webex_grant WHERE registration_id = ? AND unreadable_since IS NULL "
					+ "AND key_id IN (" + placeholders(this.keys.ids().size()) + ") ORDER BY person_id")
			.params(concat(List.of(registrationId), this.keys.ids()))
			.query(String.class)
			.list();
	}

	/** How many rows of the registration each key id protects, unreadable ones included. */
	public Map<String, Long> keyUsage(String registrationId) {
		Map<String, Long> usage = new LinkedHashMap<>();
		this.jdbc.sql("SELECT key_id, COUNT(*) FROM webex_grant WHERE registration_id = ? GROUP BY key_id ORDER BY key_id")
			.param(registrationId)
			.query((ResultSet rs) -> {
				usage.put(rs.getString(1), rs.getLong(2));
			});
		return usage;
	}

}
