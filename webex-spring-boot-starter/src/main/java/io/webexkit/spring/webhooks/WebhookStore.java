package io.webexkit.spring.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.WebhookRegistration;
import io.webexkit.spring.vault.SealedSecrets;
import io.webexkit.spring.vault.SealedSecrets.Sealed;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The webhook tables: registrations with their signing secrets encrypted as the vault's tokens are, and the
 * deliveries already handled. The tables are created by the vault's own migrations.
 */
public class WebhookStore {

	private static final String COLUMNS = "registration_key, registration_id, person_id, webhook_id, resource, event, "
			+ "filter, created_at";

	private final JdbcClient jdbc;

	private final SealedSecrets secrets;

	private final Clock clock;

	public WebhookStore(JdbcClient jdbc, SealedSecrets secrets, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.clock = clock;
	}

	/** Stores a registration (without its Webex id yet) and its secret, encrypted. */
	public WebhookRegistration insert(String key, String registrationId, String personId, String resource,
			String event, @Nullable String filter, String secret) {
		Instant now = this.clock.instant();
		Sealed sealed = this.secrets.seal(secret, aad(key));
		this.jdbc.sql("INSERT INTO webex_webhook (" + COLUMNS + ", key_id, secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(key, registrationId, personId, null, resource, event, filter, now.atOffset(ZoneOffset.UTC),
					sealed.keyId(), sealed.value())
			.update();
		return new WebhookRegistration(key, registrationId, personId, null, resource, event, filter, now);
	}

	/** Records Webex's id of the registration's webhook. */
	public void setWebhookId(String key, String webhookId) {
		this.jdbc.sql("UPDATE webex_webhook SET webhook_id = ? WHERE registration_key = ?")
			.params(webhookId, key)
			.update();
	}

	/**
	 * When the registration's webhook was first seen inactive at Webex, recording {@code now} if it was not seen so
	 * before. Stored to the microsecond, the databases' precision: truncated here, since a database that rounds would
	 * put it up to half a microsecond after {@code now}, and the five minutes would then never be up exactly on time.
	 */
	public Instant markInactive(String key, Instant now) {
		this.jdbc
			.sql("UPDATE webex_webhook SET inactive_since = ? WHERE registration_key = ? AND inactive_since IS NULL")
			.params(now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), key)
			.update();
		return this.jdbc.sql("SELECT inactive_since FROM webex_webhook WHERE registration_key = ?")
			.params(key)
			.query((rs, row) -> {
				OffsetDateTime since = rs.getObject("inactive_since", OffsetDateTime.class);
				return (since != null) ? since.toInstant() : now;
			})
			.optional()
			.orElse(now);
	}

	/** Forgets that the registration's webhook was inactive (it is active again). */
	public void clearInactive(String key) {
		this.jdbc.sql("UPDATE webex_webhook SET inactive_since = NULL WHERE registration_key = ?")
			.params(key)
			.update();
	}

	public void delete(String key) {
		this.jdbc.sql("DELETE FROM webex_webhook_delivery WHERE registration_key = ?").params(key).update();
		this.jdbc.sql("DELETE FROM webex_webhook WHERE registration_key = ?").params(key).update();
	}

	/** Deletes the registrations (and their deliveries) of people without a grant for {@code registrationId}. */
	public int deleteWithoutGrant(String registrationId) {
		String orphans = "SELECT registration_key FROM webex_webhook w WHERE w.registration_id = ? AND NOT EXISTS "
				+ "(SELECT 1 FROM webex_grant g WHERE g.registration_id = w.registration_id "
				+ "AND g.person_id = w.person_id)";
		this.jdbc.sql("DELETE FROM webex_webhook_delivery WHERE registration_key IN (" + orphans + ")")
			.params(registrationId)
			.update();
		return this.jdbc.sql("DELETE FROM webex_webhook WHERE registration_key IN (" + orphans + ")")
			.params(registrationId)
			.update();
	}

	/**
	 * Claims the next reconciliation pass for {@code registrationId} until {@code until}, across instances.
	 *
	 * @return false when another instance holds it
	 */
	public boolean claimReconcile(String registrationId, Instant until) {
		Instant now = this.clock.instant();
		try {
			this.jdbc.sql("INSERT INTO webex_webhook_reconcile (registration_id, claimed_until) VALUES (?, ?)")
				.params(registrationId, now.atOffset(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// claimed before: the update below decides
		}
		return this.jdbc
			.sql("UPDATE webex_webhook_reconcile SET claimed_until = ? WHERE registration_id = ? AND claimed_until <= ?")
			.params(until.atOffset(ZoneOffset.UTC), registrationId, now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** The ids of the people with registrations for {@code registrationId}, in id order. */
	public List<String> people(String registrationId) {
		return this.jdbc
			.sql("SELECT DISTINCT person_id FROM webex_webhook WHERE registration_id = ? ORDER BY person_id")
			.params(registrationId)
			.query(String.class)
			.list();
	}

	public Optional<WebhookRegistration> find(String key) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webex_webhook WHERE registration_key = ?")
			.params(key)
			.query(WebhookStore::registration)
			.optional();
	}

	/** The person's registrations, oldest first. */
	public List<WebhookRegistration> forPerson(String personId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webex_webhook WHERE person_id = ? "
				+ "ORDER BY created_at, registration_key")
			.params(personId)
			.query(WebhookStore::registration)
			.list();
	}

	/**
	 * The registration's signing secret, decrypted.
	 *
	 * @throws io.webexkit.spring.TokenKeyUnavailableException when no configured key wrote it
	 * @throws IllegalStateException when it fails authentication
	 */
	public String secret(String key) {
		return this.jdbc.sql("SELECT key_id, secret FROM webex_webhook WHERE registration_key = ?")
			.params(key)
			.query((rs, row) -> this.secrets.open(rs.getBytes("secret"), rs.getString("key_id"), aad(key)))
			.single();
	}

	/**
	 * Records a delivery as handled.
	 *
	 * @return false when it was already handled (here or by another instance sharing the database)
	 */
	boolean firstDelivery(DeliveryKey delivery) {
		try {
			this.jdbc.sql("INSERT INTO webex_webhook_delivery (registration_key, delivery_id, data_id, event, "
					+ "received_at) VALUES (?, ?, ?, ?, ?)")
				.params(delivery.registrationKey(), delivery.deliveryId(), delivery.dataId(), delivery.event(),
						this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Forgets handled deliveries received before {@code before}: a redelivery that late would be handled again.
	 *
	 * @return how many were forgotten
	 */
	int forgetDeliveriesBefore(Instant before) {
		return this.jdbc.sql("DELETE FROM webex_webhook_delivery WHERE received_at < ?")
			.params(before.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The secret is bound to its row: copied to another registration it fails authentication. */
	private static String aad(String key) {
		return "webex_webhook|" + key + "|secret";
	}

	private static WebhookRegistration registration(ResultSet rs, int row) throws SQLException {
		return new WebhookRegistration(rs.getString("registration_key"), rs.getString("registration_id"),
				rs.getString("person_id"), rs.getString("webhook_id"), rs.getString("resource"), rs.getString("event"),
				rs.getString("filter"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
