package io.webexkit.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A compliance event: something that happened to a resource of the organization, such as a message created.
 * {@code data} is the resource as it was then (a message, membership, room, tab, meeting, call record, ...), whose
 * members depend on {@code resource}; it is never null.
 *
 * @param resource what kind of resource changed; values this client does not know are kept as they came
 * @param type what happened to it; values this client does not know are kept as they came
 * @param appId the application that caused it, if any
 * @param actorId who caused it
 */
public record Event(String id, @Nullable Resource resource, @Nullable Type type, @Nullable String appId,
		@Nullable String actorId, @Nullable String orgId, @Nullable Instant created, FieldMap data) {

	public Event {
		data = (data != null) ? data : FieldMap.empty();
	}

	/** The kind of resource an event is about: the documented ones as constants, any other value kept. */
	public record Resource(String value) {

		public static final Resource ATTACHMENT_ACTIONS = new Resource("attachmentActions");

		public static final Resource BUSINESS_TEXTS = new Resource("businessTexts");

		public static final Resource CALL_RECORDS = new Resource("call_records");

		public static final Resource CONVERGED_RECORDINGS = new Resource("convergedRecordings");

		public static final Resource FILE_TRANSCODINGS = new Resource("file_transcodings");

		public static final Resource FILES = new Resource("files");

		public static final Resource MEETING_MESSAGES = new Resource("meetingMessages");

		public static final Resource MEETINGS = new Resource("meetings");

		public static final Resource MEETING_TRANSCRIPTS = new Resource("meetingTranscripts");

		public static final Resource MEMBERSHIPS = new Resource("memberships");

		public static final Resource MESSAGES = new Resource("messages");

		public static final Resource ROOMS = new Resource("rooms");

		public static final Resource TABS = new Resource("tabs");

		public Resource {
			Arguments.text(value, "resource");
		}

		/** The resource named {@code value} on the wire. */
		public static Resource of(String value) {
			return new Resource(value);
		}

		/** Null for a missing or blank value, which never fails a read. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static @Nullable Resource read(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : new Resource(value);
		}

		@Override
		@JsonValue
		public String value() {
			return this.value;
		}

	}

	/** What happened in an event: the documented ones as constants, any other value kept. */
	public record Type(String value) {

		public static final Type CREATED = new Type("created");

		public static final Type UPDATED = new Type("updated");

		public static final Type DELETED = new Type("deleted");

		/** A meeting ended. */
		public static final Type ENDED = new Type("ended");

		public Type {
			Arguments.text(value, "type");
		}

		/** The event type named {@code value} on the wire. */
		public static Type of(String value) {
			return new Type(value);
		}

		/** Null for a missing or blank value, which never fails a read. */
		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static @Nullable Type read(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : new Type(value);
		}

		@Override
		@JsonValue
		public String value() {
			return this.value;
		}

	}

}
