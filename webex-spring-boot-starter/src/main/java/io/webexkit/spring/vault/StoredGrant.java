package io.webexkit.spring.vault;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import io.webexkit.spring.TokenFingerprint;

/**
 * What the vault keeps for one (registration, Webex person): decrypted in memory only, never logged.
 *
 * @param version bumped on every write; a write that expects an older version loses
 * @param refreshFailures failed refreshes in a row
 * @param nextRefreshAttemptAt no refresh before this (backing off after a failure)
 * @param refreshFailingSince when the current run of failed refreshes began
 * @param lastUsedAt when the app last used the grant for its user (recorded to the day)
 */
public record StoredGrant(String registrationId, String personId, String accessToken, @Nullable Instant accessIssuedAt,
		Instant accessExpiresAt, @Nullable String refreshToken, @Nullable Instant refreshIssuedAt,
		@Nullable Instant refreshExpiresAt, Set<String> scopes, long version, int refreshFailures,
		@Nullable Instant nextRefreshAttemptAt, @Nullable Instant refreshFailingSince, @Nullable Instant lastUsedAt) {

	public StoredGrant {
		scopes = Set.copyOf(scopes);
	}

	/** A grant as Webex issued it, before the vault has any history for it. */
	public StoredGrant(String registrationId, String personId, String accessToken, @Nullable Instant accessIssuedAt,
			Instant accessExpiresAt, @Nullable String refreshToken, @Nullable Instant refreshIssuedAt,
			@Nullable Instant refreshExpiresAt, Set<String> scopes, long version, int refreshFailures,
			@Nullable Instant nextRefreshAttemptAt) {
		this(registrationId, personId, accessToken, accessIssuedAt, accessExpiresAt, refreshToken, refreshIssuedAt,
				refreshExpiresAt, scopes, version, refreshFailures, nextRefreshAttemptAt, null, null);
	}

	public boolean accessValidAt(Instant now) {
		return now.isBefore(this.accessExpiresAt);
	}

	/** True when the access token expires within {@code margin} of {@code now} (or already has). */
	public boolean accessExpiresWithin(Duration margin, Instant now) {
		return !now.plus(margin).isBefore(this.accessExpiresAt);
	}

	public boolean hasUsableRefreshToken(Instant now) {
		return this.refreshToken != null && (this.refreshExpiresAt == null || now.isBefore(this.refreshExpiresAt));
	}

	/** This grant after one more failed refresh, backing off until {@code nextAttempt}. */
	public StoredGrant withFailure(Instant now, Instant nextAttempt) {
		return new StoredGrant(this.registrationId, this.personId, this.accessToken, this.accessIssuedAt,
				this.accessExpiresAt, this.refreshToken, this.refreshIssuedAt, this.refreshExpiresAt, this.scopes,
				this.version, this.refreshFailures + 1, nextAttempt,
				(this.refreshFailingSince != null) ? this.refreshFailingSince : now, this.lastUsedAt);
	}

	@Override
	public String toString() {
		return "StoredGrant[" + this.registrationId + ", person=" + TokenFingerprint.of(this.personId) + ", version="
				+ this.version + ", accessExpiresAt=" + this.accessExpiresAt + ", refreshExpiresAt="
				+ this.refreshExpiresAt + ", scopes=" + this.scopes + "]";
	}

}
