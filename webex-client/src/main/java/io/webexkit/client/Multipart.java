package io.webexkit.client;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.webexkit.client.model.FileUpload;

/**
 * A {@code multipart/form-data} body of text fields and one file, as Webex takes a message with an uploaded file:
 * the fields and the part headers in memory, the file streamed from its source on each attempt, with a known total
 * length (so the request has a {@code Content-Length}).
 */
final class Multipart implements RequestBody {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String boundary;

	private final byte[] head;

	private final byte[] tail;

	private final FileUpload file;

	private final long fileLength;

	/**
	 * @param fields the text fields, in order
	 * @param fileField the name of the file's part
	 * @param fileLength the file's size, as checked before sending
	 */
	Multipart(Map<String, String> fields, String fileField, FileUpload file, long fileLength) {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		this.boundary = "webexkit-" + HexFormat.of().formatHex(random);
		StringBuilder head = new StringBuilder();
		fields.forEach((name, value) -> head.append("--").append(this.boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
			.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n")
			.append(value)
			.append("\r\n"));
		head.append("--").append(this.boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
			.append(quoted(file.fileName())).append("\"\r\n")
			.append("Content-Type: ").append(file.contentType()).append("\r\n\r\n");
		this.head = head.toString().getBytes(StandardCharsets.UTF_8);
		this.tail = ("\r\n--" + this.boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		this.file = file;
		this.fileLength = fileLength;
	}

	@Override
	public String contentType() {
		return "multipart/form-data; boundary=" + this.boundary;
	}

	@Override
	public HttpRequest.BodyPublisher publisher() {
		return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(this.head), filePublisher(),
				HttpRequest.BodyPublishers.ofByteArray(this.tail));
	}

	@Override
	public boolean repeatable() {
		return this.file.repeatable();
	}

	private HttpRequest.BodyPublisher filePublisher() {
		Optional<Path> path = this.file.path();
		if (path.isPresent()) {
			try {
				return HttpRequest.BodyPublishers.ofFile(path.get());
			}
			catch (FileNotFoundException ex) {
				throw new UncheckedIOException("The file to upload is gone", ex);
			}
		}
		// A stream of the declared length: more or fewer bytes fail the request instead of sending a wrong file.
		return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
			try {
				return this.file.open();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}), this.fileLength);
	}

	/** Quotes and line breaks would end the header; RFC 7578 percent-encodes them. */
	private static String quoted(String name) {
		return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
	}

}
