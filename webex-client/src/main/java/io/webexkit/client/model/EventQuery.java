package io.webexkit.client.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which compliance events to list: of a kind of resource, of a type, by one person, in a time window ({@code to}
 * cannot be in the future). Webex needs {@code serviceType} ({@code calling}) with
 * {@link Event.Resource#CONVERGED_RECORDINGS} and takes it with nothing else. {@code max} is the page size (1..1000).
 */
public record EventQuery(Event.@Nullable Resource resource, Event.@Nullable Type type, @Nullable String actorId,
		@Nullable Instant from, @Nullable Instant to, @Nullable String serviceType, @Nullable Integer max) {

	public EventQuery {
		Arguments.optionalText(actorId, "actorId");
		Arguments.optionalText(serviceType, "serviceType");
		Arguments.optionalMax(max);
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("to must not be before from");
		}
	}

	/** Every event, Webex defaults. */
	public static EventQuery all() {
		return new EventQuery(null, null, null, null, null, null, null);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private Event.@Nullable Resource resource;

		private Event.@Nullable Type type;

		private @Nullable String actorId;

		private @Nullable Instant from;

		private @Nullable Instant to;

		private @Nullable String serviceType;

		private @Nullable Integer max;

		private Builder() {
		}

		public Builder resource(Event.Resource resource) {
			this.resource = Arguments.notNull(resource, "resource");
			return this;
		}

		public Builder type(Event.Type type) {
			this.type = Arguments.notNull(type, "type");
			return this;
		}

		/** Events caused by the person with this id. */
		public Builder actorId(String actorId) {
			this.actorId = Arguments.text(actorId, "actorId");
			return this;
		}

		/** Events after this instant. */
		public Builder from(Instant from) {
			this.from = Arguments.notNull(from, "from");
			return this;
		}

		/** Events before this instant. */
		public Builder to(Instant to) {
			this.to = Arguments.notNull(to, "to");
			return this;
		}

		/** {@code calling}, the one Webex documents, for converged recordings. */
		public Builder serviceType(String serviceType) {
			this.serviceType = Arguments.text(serviceType, "serviceType");
			return this;
		}

		public Builder max(int max) {
			this.max = Arguments.max(max);
			return this;
		}

		/** @throws IllegalArgumentException when {@code to} is before {@code from} */
		public EventQuery build() {
			return new EventQuery(this.resource, this.type, this.actorId, this.from, this.to, this.serviceType,
					this.max);
		}

	}

}
