package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The new state of a webhook, sent with {@code PUT}: a separate type from {@link WebhookRequest} because Webex lets an
 * update change only these fields (and only an update set {@code status}). A {@code PUT} replaces the webhook, so
 * {@link #builder(Webhook)} starts from the current one (its name, target URL, secret and owner) and changes only what
 * is set on it; {@code status} {@link WebhookStatus#ACTIVE} reactivates a webhook Webex made inactive.
 * {@link #toString()} never shows the {@code secret}.
 */
public record WebhookUpdate(String name, String targetUrl, @Nullable String secret, @Nullable String ownedBy,
		@Nullable WebhookStatus status) {

	public WebhookUpdate {
		WebhookRequest.requireText(name, "name");
		WebhookRequest.requireText(targetUrl, "targetUrl");
		WebhookRequest.optionalText(secret, "secret");
		WebhookRequest.optionalText(ownedBy, "ownedBy");
	}

	/** An update with the required fields; the builder adds the optional ones. */
	public static Builder builder(String name, String targetUrl) {
		return new Builder(name, targetUrl);
	}

	/**
	 * An update that keeps what {@code webhook} has (name, target URL, secret, owner) until the builder changes it.
	 *
	 * @throws IllegalArgumentException when the webhook has no name or target URL
	 */
	public static Builder builder(Webhook webhook) {
		if (webhook == null) {
			throw new IllegalArgumentException("webhook must not be null");
		}
		Builder builder = new Builder(webhook.name(), webhook.targetUrl());
		if (webhook.secret() != null && !webhook.secret().isBlank()) {
			builder.secret(webhook.secret());
		}
		if (webhook.ownedBy() != null && !webhook.ownedBy().isBlank()) {
			builder.ownedBy(webhook.ownedBy());
		}
		return builder;
	}

	/** The JSON members to send, in a fixed order: the optional ones only when set. */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("targetUrl", this.targetUrl);
		WebhookRequest.putIfSet(fields, "secret", this.secret);
		WebhookRequest.putIfSet(fields, "ownedBy", this.ownedBy);
		WebhookRequest.putIfSet(fields, "status", (this.status != null) ? this.status.value() : null);
		return Collections.unmodifiableMap(fields);
	}

	@Override
	public String toString() {
		return "WebhookUpdate[name=" + this.name + ", targetUrl=" + this.targetUrl + ", secret="
				+ ((this.secret != null) ? "[redacted]" : null) + ", ownedBy=" + this.ownedBy + ", status="
				+ this.status + "]";
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private String name;

		private String targetUrl;

		private @Nullable String secret;

		private @Nullable String ownedBy;

		private @Nullable WebhookStatus status;

		private Builder(@Nullable String name, @Nullable String targetUrl) {
			WebhookRequest.requireText(name, "name");
			WebhookRequest.requireText(targetUrl, "targetUrl");
			this.name = name;
			this.targetUrl = targetUrl;
		}

		public Builder name(String name) {
			WebhookRequest.requireText(name, "name");
			this.name = name;
			return this;
		}

		public Builder targetUrl(String targetUrl) {
			WebhookRequest.requireText(targetUrl, "targetUrl");
			this.targetUrl = targetUrl;
			return this;
		}

		/** The key Webex signs each delivery with from now on. */
		public Builder secret(String secret) {
			WebhookRequest.requireText(secret, "secret");
			this.secret = secret;
			return this;
		}

		/** {@code org} for an organisation-wide webhook. */
		public Builder ownedBy(String ownedBy) {
			WebhookRequest.requireText(ownedBy, "ownedBy");
			this.ownedBy = ownedBy;
			return this;
		}

		/** {@link WebhookStatus#ACTIVE} reactivates the webhook; {@code null} leaves the status out. */
		public Builder status(@Nullable WebhookStatus status) {
			this.status = status;
			return this;
		}

		public WebhookUpdate build() {
			return new WebhookUpdate(this.name, this.targetUrl, this.secret, this.ownedBy, this.status);
		}

	}

}
