package io.webexkit.client.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * A file to post with a message, sent as a {@code multipart/form-data} part and streamed, never held in memory: from a
 * file (read again if Webex asks for the request once more, after a token refresh or a rate limit) or from a stream
 * of a known length (sent once). Webex takes one file of at most {@value #MAX_BYTES} bytes per message; the client
 * checks the size before sending anything.
 */
public final class FileUpload {

	/** Webex's limit for one file: 100 MB. */
	public static final long MAX_BYTES = 100L * 1024 * 1024;

	private static final String OCTET_STREAM = "application/octet-stream";

	private final String fileName;

	private final String contentType;

	private final @Nullable Path path;

	private final @Nullable InputStream stream;

	private final long length;

	private final AtomicBoolean opened = new AtomicBoolean();

	private FileUpload(String fileName, String contentType, @Nullable Path path, @Nullable InputStream stream,
			long length) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.path = path;
		this.stream = stream;
		this.length = length;
	}

	/** The file at {@code path}, named as it is, with the content type the platform guesses from its name. */
	public static FileUpload of(Path path) {
		Arguments.notNull(path, "path");
		String type;
		try {
			type = Files.probeContentType(path);
		}
		catch (IOException ex) {
			type = null;
		}
		return of(path, (type != null) ? type : OCTET_STREAM);
	}

	/** The file at {@code path}, named as it is, sent as {@code contentType}. */
	public static FileUpload of(Path path, String contentType) {
		Arguments.notNull(path, "path");
		Path name = path.getFileName();
		if (name == null || !Files.isRegularFile(path)) {
			throw new IllegalArgumentException("path must be a regular file");
		}
		return new FileUpload(fileName(name.toString()), contentType(contentType), path, null, -1);
	}

	/**
	 * {@code length} bytes read from {@code stream}, which the caller closes; a stream that ends early or holds more
	 * fails the upload. It can be sent once only: when Webex asks for the request again (a 401 or a 429) the call
	 * fails and the caller posts again with a new stream.
	 */
	public static FileUpload of(String fileName, String contentType, long length, InputStream stream) {
		Arguments.notNull(stream, "stream");
		if (length < 0) {
			throw new IllegalArgumentException("length must not be negative, was " + length);
		}
		return new FileUpload(fileName(fileName), contentType(contentType), null, stream, length);
	}

	/** The name Webex shows, without any directory. */
	public String fileName() {
		return this.fileName;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The file, for an upload of a file. */
	public Optional<Path> path() {
		return Optional.ofNullable(this.path);
	}

	/** Whether it can be sent more than once (a file can, a stream cannot). */
	public boolean repeatable() {
		return this.path != null;
	}

	/** The size in bytes: the file's current size, or the stream's declared length. */
	public long length() {
		if (this.path == null) {
			return this.length;
		}
		try {
			return Files.size(this.path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the size of the file to upload", ex);
		}
	}

	/**
	 * The bytes to send: a new stream of the file each time, or the caller's stream the first time only.
	 *
	 * @throws IllegalStateException when a stream upload is opened a second time
	 */
	public InputStream open() throws IOException {
		if (this.path != null) {
			return Files.newInputStream(this.path);
		}
		if (this.opened.getAndSet(true) || this.stream == null) {
			throw new IllegalStateException("The upload's stream was already sent; it cannot be read again");
		}
		return this.stream;
	}

	@Override
	public String toString() {
		return "FileUpload[" + this.contentType + "]";
	}

	private static String fileName(@Nullable String name) {
		Arguments.text(name, "fileName");
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c < 0x20 || c == 0x7f || c == '/' || c == '\\') {
				throw new IllegalArgumentException("fileName must be a name without directories or control characters");
			}
		}
		return name;
	}

	private static String contentType(@Nullable String type) {
		Arguments.text(type, "contentType");
		if (!type.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\\s*;\\s*[A-Za-z0-9!#$&^_.+-]+=[A-Za-z0-9!#$&^_.+\"-]+)*")) {
			throw new IllegalArgumentException("contentType must be a media type such as application/pdf");
		}
		return type;
	}

}
