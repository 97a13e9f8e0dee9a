package io.webexkit.spring.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Webhook deliveries received: accepted, delivered again, and refused by reason. */
public class WebhookMetrics {

	private final MeterRegistry registry;

	private final Counter accepted;

	private final Counter duplicates;

	public WebhookMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.accepted = Counter.builder("webex.webhooks.accepted")
			.description("Webhook deliveries checked and handed to the app")
			.register(registry);
		this.duplicates = Counter.builder("webex.webhooks.duplicates")
			.description("Webhook deliveries checked but already handled, answered without handing them to the app")
			.register(registry);
	}

	public void accepted() {
		this.accepted.increment();
	}

	public void duplicate() {
		this.duplicates.increment();
	}

	/** @param action {@code recreated}, {@code reactivated} or {@code registered} */
	public void reconciled(String action) {
		Counter.builder("webex.webhooks.reconciled")
			.description("Webhooks put right by reconciliation, by action")
			.tag("action", action)
			.register(this.registry)
			.increment();
	}

	/** @param reason {@code too_large}, {@code unknown}, {@code signature} or {@code unreadable} */
	public void refused(String reason) {
		Counter.builder("webex.webhooks.refused")
			.description("Webhook deliveries refused, by reason")
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

}
