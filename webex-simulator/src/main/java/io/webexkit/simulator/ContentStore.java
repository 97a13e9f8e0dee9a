package io.webexkit.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The files of messages, as Webex keeps them behind {@code /v1/contents/{id}}: small ones in memory, larger ones in
 * temporary files (deleted when the world is reset or the JVM exits), each with the name and type it was posted with,
 * the space it belongs to and the scan's verdict. File names are only ever data here, never paths.
 */
final class ContentStore {

	/** Webex's limit for one file. */
	static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

	private static final int IN_MEMORY_LIMIT = 1024 * 1024;

	/** The EICAR anti-virus test file's signature: every scanner reports it, so a test can post a harmless "virus". */
	private static final byte[] EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
		.getBytes(StandardCharsets.US_ASCII);

	private final Map<String, Content> contents = new ConcurrentHashMap<>();

	/**
	 * Stores a file read from {@code data}; a 400 when it is over Webex's limit (nothing is kept then).
	 * @param scanned when the scan ends and the verdict applies
	 */
	Content store(String roomId, String name, @Nullable String contentType, InputStream data, Instant scanned,
			SimulatorBehavior.FileVerdict verdict) {
		String id = Ids.encode("CONTENT", UUID.randomUUID());
		String type = "application/octet-stream";
		if (contentType != null && !contentType.isBlank()) {
			try {
				type = MediaType.parseMediaType(contentType).toString();
			}
			catch (InvalidMediaTypeException ex) {
				// kept as bytes: Webex does not refuse a file for its declared type
			}
		}
		try {
			byte[] head = data.readNBytes(IN_MEMORY_LIMIT + 1);
			Content content;
			if (head.length <= IN_MEMORY_LIMIT) {
				content = new Content(id, roomId, name, type, head.length, head, null, scanned,
						contains(head, EICAR) ? SimulatorBehavior.FileVerdict.INFECTED : verdict);
			}
			else {
				Path file = Files.createTempFile("webex-simulator-", ".content");
				file.toFile().deleteOnExit();
				long size;
				try (var out = Files.newOutputStream(file)) {
					out.write(head);
					size = head.length + data.transferTo(out);
				}
				if (size > MAX_FILE_BYTES) {
					Files.deleteIfExists(file);
					throw ApiException.badRequest("The file is larger than Webex's limit of 100 MB");
				}
				content = new Content(id, roomId, name, type, size, null, file, scanned,
						contains(head, EICAR) ? SimulatorBehavior.FileVerdict.INFECTED : verdict);
			}
			this.contents.put(id, content);
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Optional<Content> get(String id) {
		return Optional.ofNullable(this.contents.get(id));
	}

	void clear() {
		for (Content content : this.contents.values()) {
			content.delete();
		}
		this.contents.clear();
	}

	private static boolean contains(byte[] data, byte[] part) {
		outer: for (int i = 0; i + part.length <= data.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (data[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** One stored file. */
	record Content(String id, String roomId, String name, String contentType, long size, byte @Nullable [] bytes,
			@Nullable Path file, Instant scanned, SimulatorBehavior.FileVerdict verdict) {

		InputStream open() throws IOException {
			return (this.bytes != null) ? new ByteArrayInputStream(this.bytes) : Files.newInputStream(this.file);
		}

		void delete() {
			if (this.file != null) {
				try {
					Files.deleteIfExists(this.file);
				}
				catch (IOException ex) {
					// a temporary file: deleteOnExit has it
				}
			}
		}

	}

}
