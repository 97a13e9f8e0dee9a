package io.webexkit.client.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A webhook to create. Creating and updating are two types ({@link WebhookUpdate} is the other) because Webex accepts
 * different fields for each: {@code resource}, {@code event} and {@code filter} are fixed at creation, and
 * {@code status} can only be set by an update, so neither type has a field that Webex would silently ignore.
 * {@code resource} and {@code event} are plain strings (such as {@code messages} and {@code created}, or {@code all})
 * so that values Webex adds later can be used at once. {@link #toString()} never shows the {@code secret}.
 *
 * @param filter such as {@code roomId=...}; several are joined with {@code &}
 * @param secret the key Webex signs each delivery with (see the client's {@code WebhookSignature})
 * @param ownedBy {@code org} for an organisation-wide webhook, where the token allows it
 */
public record WebhookRequest(String name, String targetUrl, String resource, String event, @Nullable String filter,
		@Nullable String secret, @Nullable String ownedBy) {

	public WebhookRequest {
		requireText(name, "name");
		requireText(targetUrl, "targetUrl");
		requireText(resource, "resource");
		requireText(event, "event");
		optionalText(filter, "filter");
		optionalText(secret, "secret");
		optionalText(ownedBy, "ownedBy");
	}

	/** A webhook with every required field; the builder adds the optional ones. */
	public static Builder builder(String name, String targetUrl, String resource, String event) {
		return new Builder(name, targetUrl, resource, event);
	}

	/** The JSON members to send, in a fixed order: the optional ones only when set. */
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("targetUrl", this.targetUrl);
		fields.put("resource", this.resource);
		fields.put("event", this.event);
		putIfSet(fields, "filter", this.filter);
		putIfSet(fields, "secret", this.secret);
		putIfSet(fields, "ownedBy", this.ownedBy);
		return Collections.unmodifiableMap(fields);
	}

	@Override
	public String toString() {
		return "WebhookRequest[name=" + this.name + ", targetUrl=" + this.targetUrl + ", resource=" + this.resource
				+ ", event=" + this.event + ", filter=" + this.filter + ", secret="
				+ ((this.secret != null) ? "[redacted]" : null) + ", ownedBy=" + this.ownedBy + "]";
	}

	static void requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

	static void optionalText(@Nullable String value, String name) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank when given");
		}
	}

	static void putIfSet(Map<String, String> fields, String name, @Nullable String value) {
		if (value != null) {
			fields.put(name, value);
		}
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private final String name;

		private final String targetUrl;

		private final String resource;

		private final String event;

		private @Nullable String filter;

		private @Nullable String secret;

		private @Nullable String ownedBy;

		private Builder(String name, String targetUrl, String resource, String event) {
			requireText(name, "name");
			requireText(targetUrl, "targetUrl");
			requireText(resource, "resource");
			requireText(event, "event");
			this.name = name;
			this.targetUrl = targetUrl;
			this.resource = resource;
			this.event = event;
		}

		/** Only events matching this filter, such as {@code roomId=...}. */
		public Builder filter(String filter) {
			requireText(filter, "filter");
			this.filter = filter;
			return this;
		}

		/** Makes Webex sign each delivery with this secret; strongly recommended. */
		public Builder secret(String secret) {
			requireText(secret, "secret");
			this.secret = secret;
			return this;
		}

		/** {@code org} for an organisation-wide webhook. */
		public Builder ownedBy(String ownedBy) {
			requireText(ownedBy, "ownedBy");
			this.ownedBy = ownedBy;
			return this;
		}

		public WebhookRequest build() {
			return new WebhookRequest(this.name, this.targetUrl, this.resource, this.event, this.filter, this.secret,
					this.ownedBy);
		}

	}

}
