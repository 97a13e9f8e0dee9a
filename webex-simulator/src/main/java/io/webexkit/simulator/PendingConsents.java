package io.webexkit.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * Authorization requests waiting for the user's decision. The random id doubles as the consent form's anti-forgery
 * token: only the page that showed it can answer, and only once.
 */
final class PendingConsents {

	static final Duration LIFETIME = Duration.ofMinutes(30);

	private final Clock clock;

	private final Map<String, ConsentRequest> pending = new ConcurrentHashMap<>();

	PendingConsents(Clock clock) {
		this.clock = clock;
	}

	String put(ConsentRequest request) {
		Instant now = this.clock.instant();
		this.pending.values().removeIf((old) -> !now.isBefore(old.expiresAt()));
		String id = Secrets.random("", 24);
		this.pending.put(id, request);
		return id;
	}

	/** Removes and returns the request, so a consent id works once. */
	Optional<ConsentRequest> take(String id) {
		ConsentRequest request = this.pending.remove(id);
		return Optional.ofNullable(request).filter((r) -> this.clock.instant().isBefore(r.expiresAt()));
	}

	void clear() {
		this.pending.clear();
	}

	/** Everything the authorize request asked for, validated. */
	record ConsentRequest(String clientId, String redirectUri, List<String> scopes, @Nullable String state,
			@Nullable String codeChallenge, @Nullable String codeChallengeMethod, Instant expiresAt) {
	}

}
