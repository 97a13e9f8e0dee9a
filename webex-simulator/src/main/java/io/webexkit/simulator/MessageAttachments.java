package io.webexkit.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a message may carry besides its text, checked as Webex checks it: one file ({@code files}, a public URL in
 * JSON or a part of a multipart upload) and one Adaptive Card ({@code attachments}).
 */
final class MessageAttachments {

	static final String CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

	private MessageAttachments() {
	}

	/**
	 * The file a JSON create names by URL. Webex fetches it; the simulated Webex does not fetch arbitrary URLs: it
	 * keeps a file of that name, with no content, so the message and its {@code files} look as Webex's would.
	 */
	static List<FileSource> files(JsonNode json) {
		JsonNode files = json.get("files");
		if (files == null || files.isNull()) {
			return List.of();
		}
		if (!files.isArray() || files.size() != 1 || !files.get(0).isString()) {
			throw ApiException.badRequest("files must be an array of exactly one URL");
		}
		String url = files.get(0).asString();
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw ApiException.badRequest("files must hold a public http or https URL");
		}
		if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
				|| uri.getHost() == null) {
			throw ApiException.badRequest("files must hold a public http or https URL");
		}
		String path = (uri.getPath() != null) ? uri.getPath() : "";
		String name = path.substring(path.lastIndexOf('/') + 1);
		if (name.isBlank()) {
			name = "file";
		}
		String type = URLConnection.guessContentTypeFromName(name);
		return List.of(new FileSource(name, type, () -> new ByteArrayInputStream(new byte[0])));
	}

	/** The card of a create, at most one, each an Adaptive Card no larger than {@code maxBytes} of JSON. */
	static List<JsonNode> cards(JsonNode json, int maxBytes) {
		JsonNode attachments = json.get("attachments");
		if (attachments == null || attachments.isNull()) {
			return List.of();
		}
		if (!attachments.isArray()) {
			throw ApiException.badRequest("attachments must be an array");
		}
		if (attachments.size() > 1) {
			throw ApiException.badRequest("Only one card is supported per message");
		}
		for (JsonNode attachment : attachments) {
			checkCard(attachment, maxBytes);
		}
		return attachments.isEmpty() ? List.of() : List.of(attachments.get(0));
	}

	private static void checkCard(JsonNode attachment, int maxBytes) {
		if (!attachment.isObject()) {
			throw ApiException.badRequest("Each attachment must be an object");
		}
		JsonNode contentType = attachment.get("contentType");
		if (contentType == null || !CARD_CONTENT_TYPE.equals(contentType.asString(""))) {
			throw ApiException.badRequest("attachments[0].contentType must be " + CARD_CONTENT_TYPE);
		}
		JsonNode content = attachment.get("content");
		if (content == null || !content.isObject()) {
			throw ApiException.badRequest("attachments[0].content must be an Adaptive Card object");
		}
		if (!"AdaptiveCard".equals(content.path("type").asString(""))) {
			throw ApiException.badRequest("attachments[0].content.type must be AdaptiveCard");
		}
		String version = content.path("version").asString("");
		if (!version.matches("1\\.[0-3]")) {
			throw ApiException.badRequest("attachments[0].content.version must be an Adaptive Card version Webex "
					+ "renders (1.0 to 1.3)");
		}
		JsonNode body = content.get("body");
		if (body != null && !body.isArray()) {
			throw ApiException.badRequest("attachments[0].content.body must be an array");
		}
		JsonNode actions = content.get("actions");
		if (actions != null && !actions.isArray()) {
			throw ApiException.badRequest("attachments[0].content.actions must be an array");
		}
		int size = Json.write(attachment).length;
		if (size > maxBytes) {
			throw ApiException.badRequest("The card is " + size + " bytes: larger than the " + maxBytes
					+ " bytes a message takes");
		}
	}

	/** A file to store with a message: its name (data, never a path), type and bytes. */
	record FileSource(String name, @Nullable String contentType, Opener data) {

		FileSource {
			name = name.replace('\0', '_');
			if (name.getBytes(StandardCharsets.UTF_8).length > 255 || name.isBlank()) {
				throw ApiException.badRequest("A file name must have 1 to 255 bytes");
			}
		}

	}

	/** Opens a file's bytes. */
	interface Opener {

		InputStream open() throws IOException;

	}

}
