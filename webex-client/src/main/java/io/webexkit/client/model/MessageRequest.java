package io.webexkit.client.model;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A message to post: exactly one destination and a text and/or markdown of at most
 * {@value #MAX_TEXT_BYTES} UTF-8 bytes each, checked before anything is sent.
 */
public final class MessageRequest {

	/** The Webex limit for {@code text} and {@code markdown}, in UTF-8 bytes. */
	public static final int MAX_TEXT_BYTES = 7439;

	private final Map<String, String> fields;

	private MessageRequest(Map<String, String> fields) {
		this.fields = Map.copyOf(fields);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The JSON members to send, in no particular order. */
	public Map<String, String> fields() {
		return this.fields;
	}

	public Optional<String> roomId() {
		return Optional.ofNullable(this.fields.get("roomId"));
	}

	public Optional<String> toPersonId() {
		return Optional.ofNullable(this.fields.get("toPersonId"));
	}

	public Optional<String> toPersonEmail() {
		return Optional.ofNullable(this.fields.get("toPersonEmail"));
	}

	public Optional<String> text() {
		return Optional.ofNullable(this.fields.get("text"));
	}

	public Optional<String> markdown() {
		return Optional.ofNullable(this.fields.get("markdown"));
	}

	@Override
	public String toString() {
		// Message bodies are private: show where it goes and how big it is, not what it says.
		return "MessageRequest[" + this.fields.keySet() + "]";
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private final Map<String, String> fields = new LinkedHashMap<>();

		private Builder() {
		}

		public Builder roomId(String roomId) {
			return put("roomId", roomId);
		}

		public Builder toPersonId(String personId) {
			return put("toPersonId", personId);
		}

		public Builder toPersonEmail(String email) {
			if (email == null || !email.contains("@")) {
				throw new IllegalArgumentException("toPersonEmail must be an e-mail address");
			}
			return put("toPersonEmail", email);
		}

		/** A reply in the thread of this message. */
		public Builder parentId(String parentId) {
			return put("parentId", parentId);
		}

		public Builder text(String text) {
			return put("text", withinLimit(text, "text"));
		}

		public Builder markdown(String markdown) {
			return put("markdown", withinLimit(markdown, "markdown"));
		}

		public MessageRequest build() {
			long destinations = this.fields.keySet()
				.stream()
				.filter((name) -> name.equals("roomId") || name.startsWith("toPerson"))
				.count();
			if (destinations != 1) {
				throw new IllegalArgumentException(
						"A message needs exactly one of roomId, toPersonId or toPersonEmail, got " + destinations);
			}
			if (!this.fields.containsKey("text") && !this.fields.containsKey("markdown")) {
				throw new IllegalArgumentException("A message needs text or markdown");
			}
			return new MessageRequest(new LinkedHashMap<>(this.fields));
		}

		private static String withinLimit(String value, String name) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be blank");
			}
			int bytes = value.getBytes(StandardCharsets.UTF_8).length;
			if (bytes > MAX_TEXT_BYTES) {
				throw new IllegalArgumentException(
						name + " is " + bytes + " UTF-8 bytes; Webex accepts at most " + MAX_TEXT_BYTES);
			}
			return value;
		}

		private Builder put(String name, String value) {
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " must not be blank");
			}
			this.fields.put(name, value);
			return this;
		}

	}

}
