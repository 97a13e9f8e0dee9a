package io.webexkit.app.token;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.app.token.TokenCipher.TokenDecryptionException;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Encrypted, persistent storage of Webex grants: one row per (registration, person). Token values are AES-GCM
 * encrypted with the row's identity as associated data; a row that fails to decrypt is deleted and reported as
 * absent, which the app shows as "GRANT again".
 */
public class TokenVault {

	private static final Logger log = LoggerFactory.getLogger(TokenVault.class);

	private static final String COLUMNS = "registration_id, person_id, key_id, access_token, access_token_issued_at, "
			+ "access_token_expires_at, refresh_token, refresh_token_issued_at, refresh_token_expires_at, scopes, "
			+ "version, refresh_failures, next_refresh_attempt_at";

	/** PostgreSQL's SQLSTATE for a lock wait that ran into {@code lock_timeout}. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private final JdbcClient jdbc;

	private final TokenCipher cipher;

	private final Clock clock;

	private final TokenMetrics metrics;

	private final @Nullable Duration rowLockTimeout;

	public TokenVault(JdbcClient jdbc, TokenKeyRing keys, Clock clock, TokenMetrics metrics) {
		this(jdbc, keys, clock, metrics, null);
	}

	/**
	 * @param rowLockTimeout how long {@link #findForUpdate} waits for another holder of the row lock before failing
	 * with a {@code PessimisticLockingFailureException}; PostgreSQL only ({@code SET LOCAL lock_timeout}), null to wait
	 * as long as the database does
	 */
	public TokenVault(JdbcClient jdbc, TokenKeyRing keys, Clock clock, TokenMetrics metrics,
			@Nullable Duration rowLockTimeout) {
		this.jdbc = jdbc;
		this.cipher = new TokenCipher(keys);
		this.clock = clock;
		this.metrics = metrics;
		this.rowLockTimeout = rowLockTimeout;
	}

	public Optional<StoredGrant> find(String registrationId, String personId) {
		return read(registrationId, personId, "");
	}

	/** Reads the row and locks it until the surrounding transaction ends (other instances wait). */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<StoredGrant> findForUpdate(String registrationId, String personId) {
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

	/** Like {@link #findForUpdate} but skips a row another transaction holds: for background work. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<StoredGrant> findForUpdateSkipLocked(String registrationId, String personId) {
		return read(registrationId, personId, " FOR UPDATE SKIP LOCKED");
	}

	private Optional<StoredGrant> read(String registrationId, String personId, String lockClause) {
		List<Row> rows = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM webex_grant WHERE registration_id = ? AND person_id = ?" + lockClause)
			.params(registrationId, personId)
			.query(TokenVault::row)
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(decrypt(rows.get(0)));
		}
		catch (TokenDecryptionException ex) {
			log.warn("Security event: stored grant of person {} cannot be decrypted ({}); deleting it, the user "
					+ "must GRANT again", TokenFingerprint.of(personId), ex.getMessage());
			this.metrics.decryptFailed();
			delete(registrationId, personId, "undecryptable");
			return Optional.empty();
		}
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

	/** Stores a grant from a new authorization: replaces any earlier grant of the same person. */
	public void save(StoredGrant grant) {
		this.metrics.grantCreated();
		if (update(grant, null) == 0) {
			try {
				insert(grant);
			}
			catch (DuplicateKeyException ex) {
				// a concurrent first save (double-clicked GRANT) won the insert: overwrite it instead
				update(grant, null);
			}
		}
	}

	/**
	 * Compare-and-set: writes {@code grant} only if the stored version is still {@code expectedVersion}.
	 * @return whether the write happened
	 */
	public boolean replace(StoredGrant grant, long expectedVersion) {
		return update(grant, expectedVersion) == 1;
	}

	/** Records a failed refresh attempt without touching the tokens. */
	public void recordRefreshFailure(StoredGrant grant) {
		this.jdbc
			.sql("UPDATE webex_grant SET refresh_failures = ?, next_refresh_attempt_at = ? "
					+ "WHERE registration_id = ? AND person_id = ? AND version = ?")
			.params(grant.refreshFailures(), time(grant.nextRefreshAttemptAt()), grant.registrationId(),
					grant.personId(), grant.version())
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

	/** Grants whose refresh token expires before {@code before}: users who will have to GRANT again soon. */
	public long countRefreshExpiringBefore(Instant before) {
		return this.jdbc.sql("SELECT COUNT(*) FROM webex_grant WHERE refresh_token_expires_at < ?")
			.param(time(before))
			.query(Long.class)
			.single();
	}

	/**
	 * Person ids of grants that need attention: the access token expires before {@code accessBefore} or the refresh
	 * token before {@code refreshBefore}, and no backoff is pending. Soonest expiry first.
	 */
	public List<String> dueForRefresh(String registrationId, Instant accessBefore, Instant refreshBefore, Instant now,
			int limit) {
		return this.jdbc
			.sql("SELECT person_id FROM webex_grant WHERE registration_id = ? AND (access_token_expires_at < ? "
					+ "OR refresh_token_expires_at < ?) AND (next_refresh_attempt_at IS NULL "
					+ "OR next_refresh_attempt_at < ?) ORDER BY access_token_expires_at FETCH FIRST " + limit
					+ " ROWS ONLY")
			.params(registrationId, time(accessBefore), time(refreshBefore), time(now))
			.query(String.class)
			.list();
	}

	/**
	 * Re-encrypts every row written with an older key under the current key (rows are rewritten one by one with
	 * compare-and-set, so a concurrent refresh simply wins). Rows no configured key can read are left alone.
	 * @return how many rows were re-encrypted
	 */
	public int reencryptAll() {
		String current = this.cipher.currentKeyId();
		List<String[]> stale = this.jdbc
			.sql("SELECT registration_id, person_id FROM webex_grant WHERE key_id <> ?")
			.param(current)
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

	private int update(StoredGrant grant, @Nullable Long expectedVersion) {
		Sealed s = seal(grant);
		return this.jdbc
			.sql("UPDATE webex_grant SET key_id = ?, access_token = ?, access_token_issued_at = ?, "
					+ "access_token_expires_at = ?, refresh_token = ?, refresh_token_issued_at = ?, "
					+ "refresh_token_expires_at = ?, scopes = ?, version = version + 1, refresh_failures = 0, "
					+ "next_refresh_attempt_at = NULL, updated_at = ? WHERE registration_id = ? AND person_id = ?"
					+ ((expectedVersion != null) ? " AND version = " + expectedVersion : ""))
			.params(s.keyId(), s.access(), time(grant.accessIssuedAt()), time(grant.accessExpiresAt()), s.refresh(),
					time(grant.refreshIssuedAt()), time(grant.refreshExpiresAt()), String.join(" ", grant.scopes()),
					time(this.clock.instant()), grant.registrationId(), grant.personId())
			.update();
	}

	private void insert(StoredGrant grant) {
		Sealed s = seal(grant);
		OffsetDateTime now = time(this.clock.instant());
		this.jdbc.sql("INSERT INTO webex_grant (" + COLUMNS + ", created_at, updated_at) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0, NULL, ?, ?)")
			.params(grant.registrationId(), grant.personId(), s.keyId(), s.access(), time(grant.accessIssuedAt()),
					time(grant.accessExpiresAt()), s.refresh(), time(grant.refreshIssuedAt()),
					time(grant.refreshExpiresAt()), String.join(" ", grant.scopes()), now, now)
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
				row.version(), row.refreshFailures(), row.nextRefreshAttemptAt());
	}

	private static String aad(StoredGrant grant, String column) {
		return aad(grant.registrationId(), grant.personId(), column);
	}

	private static String aad(String registrationId, String personId, String column) {
		return "webex_grant\n" + registrationId + "\n" + personId + "\n" + column;
	}

	private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
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
				rs.getLong("version"), rs.getInt("refresh_failures"), instant(rs, "next_refresh_attempt_at"));
	}

	private record Sealed(String keyId, byte[] access, byte @Nullable [] refresh) {
	}

	private record Row(String registrationId, String personId, String keyId, byte[] access,
			@Nullable Instant accessIssuedAt, Instant accessExpiresAt, byte @Nullable [] refresh,
			@Nullable Instant refreshIssuedAt, @Nullable Instant refreshExpiresAt, Set<String> scopes, long version,
			int refreshFailures, @Nullable Instant nextRefreshAttemptAt) {
	}

}
