package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A webhook: Webex POSTs an event to {@code targetUrl} whenever {@code event} happens to a {@code resource} matching
 * {@code filter}. {@code resource} and {@code event} are kept as Webex sent them (such as {@code messages} and
 * {@code created}, or {@code all}), since Webex adds new ones; an unknown {@code status} reads as null.
 * {@link #toString()} never shows the {@code secret}.
 */
public record Webhook(String id, @Nullable String name, @Nullable String targetUrl, @Nullable String resource,
		@Nullable String event, @Nullable String filter, @Nullable String secret, @Nullable WebhookStatus status,
		@Nullable Instant created, @Nullable String orgId, @Nullable String createdBy, @Nullable String appId,
		@Nullable String ownedBy) {

	/** Whether Webex currently delivers this webhook's events. */
	public boolean active() {
		return this.status == WebhookStatus.ACTIVE;
	}

	@Override
	public String toString() {
		// The secret signs every delivery: whoever reads a log must not be able to forge one.
		return "Webhook[id=" + this.id + ", name=" + this.name + ", targetUrl=" + this.targetUrl + ", resource="
				+ this.resource + ", event=" + this.event + ", filter=" + this.filter + ", secret="
				+ ((this.secret != null) ? "[redacted]" : null) + ", status=" + this.status + ", created="
				+ this.created + ", orgId=" + this.orgId + ", createdBy=" + this.createdBy + ", appId=" + this.appId
				+ ", ownedBy=" + this.ownedBy + "]";
	}

}
