package io.webexkit.client.model;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A message to post, checked before anything is sent: exactly one destination (a space, or a person by id or e-mail
 * address, which opens the 1:1 space on first use), a text and/or markdown of at most {@value #MAX_TEXT_BYTES}
 * UTF-8 bytes each, and at most one file (by public URL, which Webex fetches, or uploaded) or one card. A message
 * needs a text, a markdown or a file; a card message needs a text or markdown too, which clients that cannot render
 * cards show instead.
 *
 * @param parentId the message whose thread this replies in
 * @param files at most one public http(s) URL of a file for Webex to fetch
 * @param attachments at most one Adaptive Card
 * @param upload a file sent with the message as {@code multipart/form-data}; never with {@code files} or a card
 */
public record MessageRequest(@Nullable String roomId, @Nullable String parentId, @Nullable String toPersonId,
		@Nullable String toPersonEmail, @Nullable String text, @Nullable String markdown, List<String> files,
		List<Attachment> attachments, @Nullable FileUpload upload) {

	/** The Webex limit for {@code text} and {@code markdown}, in UTF-8 bytes. */
	public static final int MAX_TEXT_BYTES = 7439;

	public MessageRequest {
		int destinations = ((roomId != null) ? 1 : 0) + ((toPersonId != null) ? 1 : 0)
				+ ((toPersonEmail != null) ? 1 : 0);
		if (destinations != 1) {
			throw new IllegalArgumentException(
					"A message needs exactly one of roomId, toPersonId or toPersonEmail, got " + destinations);
		}
		Arguments.optionalText(roomId, "roomId");
		Arguments.optionalText(toPersonId, "toPersonId");
		if (toPersonEmail != null) {
			email(toPersonEmail);
		}
		Arguments.optionalText(parentId, "parentId");
		if (text != null) {
			Arguments.messageText(text, "text");
		}
		if (markdown != null) {
			Arguments.messageText(markdown, "markdown");
		}
		files = Arguments.texts((files != null) ? files : List.of(), "files");
		files.forEach(MessageRequest::fileUrl);
		attachments = List.copyOf((attachments != null) ? attachments : List.of());
		if (files.size() + ((upload != null) ? 1 : 0) > 1) {
			throw new IllegalArgumentException("Webex takes one file per message");
		}
		if (attachments.size() > 1) {
			throw new IllegalArgumentException("Webex takes one card per message");
		}
		for (Attachment attachment : attachments) {
			if (!attachment.isAdaptiveCard()) {
				throw new IllegalArgumentException("Webex takes only Adaptive Card attachments ("
						+ Attachment.ADAPTIVE_CARD + ")");
			}
		}
		if (upload != null && !attachments.isEmpty()) {
			throw new IllegalArgumentException("A card cannot be sent with an uploaded file: Webex takes cards as JSON");
		}
		boolean written = text != null || markdown != null;
		if (!attachments.isEmpty() && !written) {
			throw new IllegalArgumentException(
					"A card message needs text or markdown, shown by clients that cannot render the card");
		}
		if (!written && files.isEmpty() && upload == null) {
			throw new IllegalArgumentException("A message needs text, markdown or a file");
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The JSON members to send, in a fixed order; the upload, which goes as multipart, is not among them. */
	public Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>();
		Arguments.putIfSet(fields, "roomId", this.roomId);
		Arguments.putIfSet(fields, "toPersonId", this.toPersonId);
		Arguments.putIfSet(fields, "toPersonEmail", this.toPersonEmail);
		Arguments.putIfSet(fields, "parentId", this.parentId);
		Arguments.putIfSet(fields, "text", this.text);
		Arguments.putIfSet(fields, "markdown", this.markdown);
		if (!this.files.isEmpty()) {
			fields.put("files", this.files);
		}
		if (!this.attachments.isEmpty()) {
			fields.put("attachments", this.attachments.stream().map((attachment) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("contentType", attachment.contentType());
				entry.put("content", attachment.content().asMap());
				return entry;
			}).toList());
		}
		return Collections.unmodifiableMap(fields);
	}

	@Override
	public String toString() {
		// Message bodies are private: show where it goes and what it carries, not what it says.
		List<String> parts = new java.util.ArrayList<>(fields().keySet());
		if (this.upload != null) {
			parts.add("upload");
		}
		return "MessageRequest" + parts;
	}


	private static String email(@Nullable String email) {
		if (email == null || !email.contains("@") || email.isBlank()) {
			throw new IllegalArgumentException("toPersonEmail must be an e-mail address");
		}
		return email;
	}

	private static void fileUrl(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("files must hold a URL, was not one");
		}
		String scheme = uri.getScheme();
		if (!uri.isAbsolute() || uri.getHost() == null
				|| !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
			throw new IllegalArgumentException("files must hold a public http(s) URL for Webex to fetch");
		}
	}

	/** Each method rejects a bad value at once and returns this builder. */
	public static final class Builder {

		private @Nullable String roomId;

		private @Nullable String parentId;

		private @Nullable String toPersonId;

		private @Nullable String toPersonEmail;

		private @Nullable String text;

		private @Nullable String markdown;

		private @Nullable String file;

		private @Nullable Attachment attachment;

		private @Nullable FileUpload upload;

		private Builder() {
		}

		/** Posts in this space. */
		public Builder roomId(String roomId) {
			this.roomId = Arguments.text(roomId, "roomId");
			return this;
		}

		/** Posts to this person, in the 1:1 space Webex opens on the first message. */
		public Builder toPersonId(String personId) {
			this.toPersonId = Arguments.text(personId, "toPersonId");
			return this;
		}

		/** Posts to the person of this e-mail address, in the 1:1 space Webex opens on the first message. */
		public Builder toPersonEmail(String email) {
			this.toPersonEmail = email(email);
			return this;
		}

		/** A reply in the thread of this message (which must not be a reply itself). */
		public Builder parentId(String parentId) {
			this.parentId = Arguments.text(parentId, "parentId");
			return this;
		}

		public Builder text(String text) {
			this.text = Arguments.messageText(text, "text");
			return this;
		}

		/** Markdown, with mentions as {@link Mentions} writes them. */
		public Builder markdown(String markdown) {
			this.markdown = Arguments.messageText(markdown, "markdown");
			return this;
		}

		/** A file Webex fetches from this public URL and attaches (one per message). */
		public Builder file(URI url) {
			Arguments.notNull(url, "url");
			fileUrl(url.toString());
			this.file = url.toString();
			return this;
		}

		/** A file sent with the message, streamed (one per message). */
		public Builder upload(FileUpload upload) {
			this.upload = Arguments.notNull(upload, "upload");
			return this;
		}

		/** A card (one per message): {@code AdaptiveCard.toAttachment()}. */
		public Builder attachment(Attachment attachment) {
			this.attachment = Arguments.notNull(attachment, "attachment");
			return this;
		}

		/** @throws IllegalArgumentException when the parts do not make a message Webex takes */
		public MessageRequest build() {
			return new MessageRequest(this.roomId, this.parentId, this.toPersonId, this.toPersonEmail, this.text,
					this.markdown, (this.file != null) ? List.of(this.file) : List.of(),
					(this.attachment != null) ? List.of(this.attachment) : List.of(), this.upload);
		}

	}

}
