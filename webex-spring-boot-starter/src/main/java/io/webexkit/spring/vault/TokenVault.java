package io.webexkit.spring.vault;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.TokenFingerprint;
import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.TokenKeyUnavailableException;
import io.webexkit.spring.metrics.TokenMetrics;
import io.webexkit.spring.vault.TokenCipher.TokenDecryptionException;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static io.webexkit.spring.vault.Sql.placeholders;
import static io.webexkit.spring.vault.Sql.time;

/**
 * Encrypted, persistent storage of Webex grants: one row per (registration, person). Token values are AES-GCM
 * encrypted with the row's identity as associated data. The vault never deletes a row it cannot read: a row that fails
 * authentication under a known key is marked unreadable (the user is asked to GRANT again, and the new grant replaces
 * it), and a row written with a key this instance does not have is left alone ({@link TokenKeyUnavailableException}).
 * Rows are deleted only on request: Disconnect, Webex saying the grant is dead, or a grant left unused until its
 * refresh token lapsed.
 */
public class TokenVault {

	private static final Logger log = LoggerFactory.getLogger(TokenVault.class);

	private static final String COLUMNS = "registration_id, person_id, key_id, access_token, access_token_issued_at, "
			+ "access_token_expires_at, refresh_token, refresh_token_issued_at, refresh_token_expires_at, scopes, "
			+ "version, refresh_failures, next_refresh_attempt_at, refresh_failing_since, last_used_at, "
			+ "unreadable_since";

	/** PostgreSQL's SQLSTATE for a lock wait that ran into {@code lock_timeout}. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	private final TokenKeyRing keys;

	private final Clock clock;

	private final TokenMetrics metrics;

	private final @Nullable Duration rowLockTimeout;

	public TokenVault(JdbcClient jdbc, TokenKeyRing keys, Clock clock, TokenMetrics metrics) {
		this(jdbc, keys, clock, metrics, null);
	}

	/**
	 * @param rowLockTimeout how long {@link #lookupForUpdate} waits for another holder of the row lock before failing
	 * with a {@code PessimisticLockingFailureException}; PostgreSQL only ({@code SET LOCAL lock_timeout}), null to wait
	 * as long as the database does
	 */
	public TokenVault(JdbcClient jdbc, TokenKeyRing keys, Clock clock, TokenMetrics metrics,
			@Nullable Duration rowLockTimeout) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.cipher = new TokenCipher(keys);
		this.clock = clock;
		this.metrics = metrics;
		this.rowLockTimeout = rowLockTimeout;
	}

	/**
	 * The person's grant, if there is a readable one.
	 * @throws TokenKeyUnavailableException when the row was written with a key this instance does not have
	 */
	public Optional<StoredGrant> find(String registrationId, String personId) {
		return lookup(registrationId, personId).readable();
	}

	/**
	 * What the vault holds for the person: nothing, an unreadable row, or a readable grant.
	 * @throws TokenKeyUnavailableException when the row was written with a key this instance does not have
	 */
	public GrantLookup lookup(String registrationId, String personId) {
		return read(registrationId, personId, "");
	}

	/** Reads the row and locks it until the surrounding transaction ends (other instances wait). */
	@Transactional(propagation = Propagation.MANDATORY)
	public GrantLookup lookupForUpdate(String registrationId, String personId) {
		if (this.rowLockTimeout == null) {
			return read(registrationId, personId, " FOR UPDATE");
		}
		// bounded wait behind a refresh on another instance; LOCAL ends with this transaction
		this.jdbc.sql("SET LOCAL lock_timeout = " + Math.max(1, this.rowLockTimeout.toMillis())).update();
		try {
			return read(registrationId, personId, " FOR UPDATE");
		}
		catch (DataAccessException ex) {
			if (ex.getMostSpecificCause() instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
				throw new CannotAcquireLockException("Row lock not granted within " + this.rowLockTimeout, ex);
			}
			throw ex;
		}
	}

	/** Like {@link #lookupForUpdate} but skips a row another transaction holds: for background work. */
	@Transactional(propagation = Propagation.MANDATORY)
	public GrantLookup lookupForUpdateSkipLocked(String registrationId, String personId) {
		return read(registrationId, personId, " FOR UPDATE SKIP LOCKED");
	}

	private GrantLookup read(String registrationId, String personId, String lockClause) {
		List<Row> rows = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM webex_grant WHERE registration_id = ? AND person_id = ?" + lockClause)
			.params(registrationId, personId)
			.query(TokenVault::row)
			.list();
		if (rows.isEmpty()) {
			return GrantLookup.ABSENT;
		}
		Row row = rows.get(0);
		if (row.unreadableSince() != null) {
			return GrantLookup.unreadable(row.unreadableSince());
		}
		try {
			return GrantLookup.found(decrypt(row));
		}
		catch (TokenDecryptionException ex) {
			return GrantLookup.unreadable(markUnreadable(row, ex));
		}
	}

	/**
	 * Marks a row that failed authentication under its (known) key, once: counted, logged once, kept. A wrong key
	 * never gets here (key ids are fingerprints of the keys), so this is a tampered or damaged row.
	 */
	private Instant markUnreadable(Row row, TokenDecryptionException ex) {
		Instant now = this.clock.instant();
		int marked = this.jdbc
			.sql("UPDATE webex_grant SET unreadable_since = ? WHERE registration_id = ? AND person_id = ? "
					+ "AND version = ? AND unreadable_since IS NULL")
			.params(time(now), row.registrationId(), row.personId(), row.version())
			.update();
		if (marked > 0) {
			this.metrics.decryptFailed();
			log.warn("Security event: the stored grant of person {} fails authentication under key {} ({}); it is "
					+ "kept, marked unreadable, and the user is asked to GRANT again", TokenFingerprint.of(row.personId()),
					row.keyId(), ex.getMessage());
		}
		return now;
	}

	/**
	 * The scopes of the person's grant, read without decrypting its tokens (pages ask on every view).
	 * @return empty when there is no grant
	 */
	public Optional<Set<String>> scopes(String registrationId, String personId) {
		return this.jdbc.sql("SELECT scopes FROM webex_grant WHERE registration_id = ? AND person_id = ?")
			.params(registrationId, personId)
			.query((rs, n) -> scopes(rs.getString(1)))
			.optional();
	}

	/** Stores a grant from a new authorization: replaces any earlier grant of the same person, unreadable or not. */
	public void save(StoredGrant grant) {
		this.metrics.grantCreated();
		if (update(grant, null, true) == 0) {
			try {
				insert(grant);
			}
			catch (DuplicateKeyException ex) {
				// a concurrent first save (double-clicked GRANT) won the insert: overwrite it instead
				update(grant, null, true);
			}
		}
	}

	/**
	 * Compare-and-set after a refresh or re-encryption: writes {@code grant} only if the stored version is still
	 * {@code expectedVersion}. Clears the refresh failures; leaves when the grant was last used alone.
	 * @return whether the write happened
	 */
	public boolean replace(StoredGrant grant, long expectedVersion) {
		return update(grant, expectedVersion, false) == 1;
	}

	/** Records a failed refresh attempt without touching the tokens. */
	public void recordRefreshFailure(StoredGrant grant) {
		this.jdbc
			.sql("UPDATE webex_grant SET refresh_failures = ?, next_refresh_attempt_at = ?, refresh_failing_since = ? "
					+ "WHERE registration_id = ? AND person_id = ? AND version = ?")
			.params(grant.refreshFailures(), time(grant.nextRefreshAttemptAt()), time(grant.refreshFailingSince()),
					grant.registrationId(), grant.personId(), grant.version())
			.update();
	}

	/** Records that the app used the grant for its user now (which keeps it alive, see the keeper). */
	public void recordUse(StoredGrant grant, Instant now) {
		this.jdbc.sql("UPDATE webex_grant SET last_used_at = ? WHERE registration_id = ? AND person_id = ?")
			.params(time(now), grant.registrationId(), grant.personId())
			.update();
	}

	/**
	 * Deletes the person's grant.
	 * @param reason why, for the {@code webex.grant.deletions} metric (e.g. {@code disconnected}, {@code revoked})
	 */
	public boolean delete(String registrationId, String personId, String reason) {
		boolean deleted = this.jdbc.sql("DELETE FROM webex_grant WHERE registration_id = ? AND person_id = ?")
			.params(registrationId, personId)
			.update() > 0;
		if (deleted) {
			this.metrics.grantDeleted(reason);
		}
		return deleted;
	}

	/**
	 * Re-encrypts every row written with an older key of the ring under the current key (rows are rewritten one by
	 * one with compare-and-set, so a concurrent refresh simply wins). Rows no configured key can read, and rows marked
	 * unreadable, are left exactly as they are.
	 * @return how many rows were re-encrypted
	 */
	public int reencryptAll() {
		Set<String> older = new LinkedHashSet<>(this.keys.ids());
		older.remove(this.cipher.currentKeyId());
		if (older.isEmpty()) {
			return 0;
		}
		List<String[]> stale = this.jdbc
			.sql("SELECT registration_id, person_id FROM webex_grant WHERE unreadable_since IS NULL AND key_id IN ("
					+ placeholders(older.size()) + ")")
			.params(List.copyOf(older))
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		int done = 0;
		for (String[] id : stale) {
			Optional<StoredGrant> grant = find(id[0], id[1]);
			if (grant.isPresent() && replace(grant.get(), grant.get().version())) {
				done++;
			}
		}
		return done;
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM webex_grant").query(Long.class).single();
	}

	private int update(StoredGrant grant, @Nullable Long expectedVersion, boolean newGrant) {
		Sealed s = seal(grant);
		OffsetDateTime now = time(this.clock.instant());
		List<@Nullable Object> params = new ArrayList<>(Arrays.asList(s.keyId(), s.access(),
				time(grant.accessIssuedAt()), time(grant.accessExpiresAt()), s.refresh(), time(grant.refreshIssuedAt()),
				time(grant.refreshExpiresAt()), String.join(" ", grant.scopes())));
		if (newGrant) {
			params.add(now); // a new GRANT is a use
		}
		params.addAll(Arrays.asList(now, grant.registrationId(), grant.personId()));
		return this.jdbc
			.sql("UPDATE webex_grant SET key_id = ?, access_token = ?, access_token_issued_at = ?, "
					+ "access_token_expires_at = ?, refresh_token = ?, refresh_token_issued_at = ?, "
					+ "refresh_token_expires_at = ?, scopes = ?, version = version + 1, refresh_failures = 0, "
					+ "next_refresh_attempt_at = NULL, refresh_failing_since = NULL, unreadable_since = NULL, "
					+ (newGrant ? "last_used_at = ?, " : "") + "updated_at = ? "
					+ "WHERE registration_id = ? AND person_id = ?"
					+ ((expectedVersion != null) ? " AND version = " + expectedVersion : ""))
			.params(params)
			.update();
	}

	private void insert(StoredGrant grant) {
		Sealed s = seal(grant);
		OffsetDateTime now = time(this.clock.instant());
		this.jdbc.sql("INSERT INTO webex_grant (" + COLUMNS + ", created_at, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, NULL, NULL, ?, NULL, ?, ?)")
			.params(grant.registrationId(), grant.personId(), s.keyId(), s.access(), time(grant.accessIssuedAt()),
					time(grant.accessExpiresAt()), s.refresh(), time(grant.refreshIssuedAt()),
					time(grant.refreshExpiresAt()), String.join(" ", grant.scopes()), now, now, now)
			.update();
	}

	private Sealed seal(StoredGrant grant) {
		String refresh = grant.refreshToken();
		return new Sealed(this.cipher.currentKeyId(), this.cipher.encrypt(grant.accessToken(), aad(grant, "access")),
				(refresh != null) ? this.cipher.encrypt(refresh, aad(grant, "refresh")) : null);
	}

	private StoredGrant decrypt(Row row) {
		String access = this.cipher.decrypt(row.access(), row.keyId(), aad(row.registrationId(), row.personId(), "access"));
		byte[] sealedRefresh = row.refresh();
		String refresh = (sealedRefresh != null)
				? this.cipher.decrypt(sealedRefresh, row.keyId(), aad(row.registrationId(), row.personId(), "refresh"))
				: null;
		return new StoredGrant(row.registrationId(), row.personId(), access, row.accessIssuedAt(),
				row.accessExpiresAt(), refresh, row.refreshIssuedAt(), row.refreshExpiresAt(), row.scopes(),
				row.version(), row.refreshFailures(), row.nextRefreshAttemptAt(), row.refreshFailingSince(),
				row.lastUsedAt());
	}

	private static String aad(StoredGrant grant, String column) {
		return aad(grant.registrationId(), grant.personId(), column);
	}

	private static String aad(String registrationId, String personId, String column) {
		return "webex_grant\n" + registrationId + "\n" + personId + "\n" + column;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Set<String> scopes(String column) {
		Set<String> scopes = new LinkedHashSet<>(Arrays.asList(column.trim().split("\\s+")));
		scopes.remove("");
		return scopes;
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		Instant accessExpiresAt = instant(rs, "access_token_expires_at");
		Set<String> scopes = scopes(rs.getString("scopes"));
		return new Row(rs.getString("registration_id"), rs.getString("person_id"), rs.getString("key_id"),
				rs.getBytes("access_token"), instant(rs, "access_token_issued_at"),
				(accessExpiresAt != null) ? accessExpiresAt : Instant.EPOCH, rs.getBytes("refresh_token"),
				instant(rs, "refresh_token_issued_at"), instant(rs, "refresh_token_expires_at"), scopes,
				rs.getLong("version"), rs.getInt("refresh_failures"), instant(rs, "next_refresh_attempt_at"),
				instant(rs, "refresh_failing_since"), instant(rs, "last_used_at"), instant(rs, "unreadable_since"));
	}

	private record Sealed(String keyId, byte[] access, byte @Nullable [] refresh) {
	}

	private record Row(String registrationId, String personId, String keyId, byte[] access,
			@Nullable Instant accessIssuedAt, Instant accessExpiresAt, byte @Nullable [] refresh,
			@Nullable Instant refreshIssuedAt, @Nullable Instant refreshExpiresAt, Set<String> scopes, long version,
			int refreshFailures, @Nullable Instant nextRefreshAttemptAt, @Nullable Instant refreshFailingSince,
			@Nullable Instant lastUsedAt, @Nullable Instant unreadableSince) {
	}

}
