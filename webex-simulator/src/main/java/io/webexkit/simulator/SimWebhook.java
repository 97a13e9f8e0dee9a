package io.webexkit.simulator;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A registered webhook as its owner last set it. An update makes a new record that keeps the same {@link #health()},
 * so deliveries in flight still count against the webhook.
 *
 * @param ownerId the person whose events it receives and who alone may see or change it
 * @param health whether it is active, and its recent failed deliveries
 */
record SimWebhook(String id, String ownerId, String name, String targetUrl, String resource, String event,
		@Nullable String filter, @Nullable String secret, Instant created, String orgId, String createdBy,
		String appId, String ownedBy, WebhookHealth health) {

	/** The statuses Webex reports. */
	static final String ACTIVE = "active";

	static final String INACTIVE = "inactive";

	String status() {
		return this.health.active() ? ACTIVE : INACTIVE;
	}

	/** The same webhook with what {@code PUT /v1/webhooks/{id}} may change. */
	SimWebhook update(String name, String targetUrl, @Nullable String secret, String ownedBy) {
		return new SimWebhook(this.id, this.ownerId, name, targetUrl, this.resource, this.event, this.filter, secret,
				this.created, this.orgId, this.createdBy, this.appId, ownedBy, this.health);
	}

	/** Whether an event on {@code resource} of kind {@code event} is one it asked for ("all" matches any). */
	boolean wants(String resource, String event) {
		return ("all".equals(this.resource) || this.resource.equals(resource))
				&& ("all".equals(this.event) || this.event.equals(event));
	}

	/** Its JSON as the REST API answers it; absent optional members are left out, as Webex does. */
	Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("name", this.name);
		json.put("targetUrl", this.targetUrl);
		json.put("resource", this.resource);
		json.put("event", this.event);
		if (this.filter != null) {
			json.put("filter", this.filter);
		}
		if (this.secret != null) {
			json.put("secret", this.secret);
		}
		json.put("status", status());
		json.put("created", Json.timestamp(this.created));
		json.put("orgId", this.orgId);
		json.put("createdBy", this.createdBy);
		json.put("appId", this.appId);
		json.put("ownedBy", this.ownedBy);
		return json;
	}

	/** The body of one delivery: the webhook, who acted, and the event's {@code data}. */
	Map<String, Object> envelope(String resource, String event, String actorId, Map<String, Object> data) {
		Map<String, Object> envelope = new LinkedHashMap<>();
		envelope.put("id", this.id);
		envelope.put("name", this.name);
		envelope.put("targetUrl", this.targetUrl);
		envelope.put("resource", resource);
		envelope.put("event", event);
		if (this.filter != null) {
			envelope.put("filter", this.filter);
		}
		envelope.put("orgId", this.orgId);
		envelope.put("createdBy", this.createdBy);
		envelope.put("appId", this.appId);
		envelope.put("ownedBy", this.ownedBy);
		envelope.put("status", ACTIVE);
		envelope.put("actorId", actorId);
		envelope.put("created", Json.timestamp(this.created));
		envelope.put("data", data);
		return envelope;
	}

	@Override
	public String toString() {
		return "SimWebhook[id=" + this.id + ", name=" + this.name + ", targetUrl=" + this.targetUrl + ", resource="
				+ this.resource + ", event=" + this.event + ", filter=" + this.filter + ", secret="
				+ ((this.secret != null) ? "(hidden)" : "none") + ", status=" + status() + "]";
	}

}
