package io.webexkit.spring.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What operators watch about tokens: grants created and deleted (by reason), refreshes by outcome and their latency,
 * callers that joined another caller's refresh, and stored values that failed to decrypt.
 */
public class TokenMetrics {

	private final MeterRegistry registry;

	private final Counter created;

	private final Counter joined;

	private final Counter decryptFailures;

	public TokenMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.created = Counter.builder("webex.grant.creations").description("Grants stored after a GRANT").register(registry);
		this.joined = Counter.builder("webex.token.refresh.joined")
			.description("Callers that waited for another caller's refresh instead of refreshing")
			.register(registry);
		this.decryptFailures = Counter.builder("webex.token.decrypt.failures")
			.description("Stored grants that failed authenticated decryption")
			.register(registry);
	}

	public void grantCreated() {
		this.created.increment();
	}

	public void grantDeleted(String reason) {
		Counter.builder("webex.grant.deletions").tag("reason", reason).register(this.registry).increment();
	}

	/** @param outcome {@code ok}, {@code invalid_grant}, {@code invalid_client} or {@code transient} */
	public void refreshed(String outcome, Duration elapsed) {
		Timer.builder("webex.token.refresh")
			.description("Refresh-token grants sent to Webex, by outcome")
			.tag("outcome", outcome)
			.register(this.registry)
			.record(elapsed);
	}

	public void joined() {
		this.joined.increment();
	}

	public void decryptFailed() {
		this.decryptFailures.increment();
	}

}
