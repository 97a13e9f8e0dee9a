package io.webexkit.app.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the vault keeps for one (registration, Webex person): decrypted in memory only, never logged.
 *
 * @param version bumped on every write; a write that expects an older version loses
 */
public record StoredGrant(String registrationId, String personId, String accessToken, @Nullable Instant accessIssuedAt,
		Instant accessExpiresAt, @Nullable String refreshToken, @Nullable Instant refreshIssuedAt,
		@Nullable Instant refreshExpiresAt, Set<String> scopes, long version, int refreshFailures,
		@Nullable Instant nextRefreshAttemptAt) {

	public StoredGrant {
		scopes = Set.copyOf(scopes);
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

	StoredGrant withFailure(int failures, Instant nextAttempt) {
		return new StoredGrant(this.registrationId, this.personId, this.accessToken, this.accessIssuedAt,
				this.accessExpiresAt, this.refreshToken, this.refreshIssuedAt, this.refreshExpiresAt, this.scopes,
				this.version, failures, nextAttempt);
	}

	@Override
	public String toString() {
		return "StoredGrant[" + this.registrationId + ", person=" + TokenFingerprint.of(this.personId) + ", version="
				+ this.version + ", accessExpiresAt=" + this.accessExpiresAt + ", refreshExpiresAt="
				+ this.refreshExpiresAt + ", scopes=" + this.scopes + "]";
	}

}
