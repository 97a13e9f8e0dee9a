package io.webexkit.spring.vault;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What the vault holds for one person: nothing, a row it cannot trust (failed authenticated decryption: kept, never
 * deleted, until a new grant replaces it), or a readable grant.
 *
 * @param grant the decrypted grant, when readable
 * @param unreadableSince when the row was found unreadable, when it is
 */
public record GrantLookup(@Nullable StoredGrant grant, @Nullable Instant unreadableSince) {

	static final GrantLookup ABSENT = new GrantLookup(null, null);

	static GrantLookup found(StoredGrant grant) {
		return new GrantLookup(grant, null);
	}

	static GrantLookup unreadable(Instant since) {
		return new GrantLookup(null, since);
	}

	public Optional<StoredGrant> readable() {
		return Optional.ofNullable(this.grant);
	}

	public boolean unreadable() {
		return this.unreadableSince != null;
	}

	public boolean absent() {
		return this.grant == null && this.unreadableSince == null;
	}

}
