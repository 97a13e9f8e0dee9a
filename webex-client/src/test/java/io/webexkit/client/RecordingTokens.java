package io.webexkit.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** Hands out {@code token-1}, then {@code token-2} after a refresh, and records refreshes. */
final class RecordingTokens implements AccessTokenSupplier {

	private final AtomicReference<String> current = new AtomicReference<>("token-1");

	private final List<String> rejected = new CopyOnWriteArrayList<>();

	@Override
	public String accessToken() {
		return this.current.get();
	}

	@Override
	public String refreshAfterUnauthorized(String rejectedToken) {
		this.rejected.add(rejectedToken);
		return this.current.updateAndGet((token) -> "token-" + (this.rejected.size() + 1));
	}

	List<String> rejected() {
		return List.copyOf(this.rejected);
	}

}
