package io.webexkit.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;

/**
 * The files of messages: each {@code files} URL of a {@link io.webexkit.client.model.Message} is a {@code contents}
 * URL of the API, read here with the token, streamed (never held in memory). A URL on another origin than the
 * configured API is refused with {@link WebexForeignLinkException}: the token goes nowhere else. While Webex scans a
 * new file ({@code 423}) the client waits as {@code Retry-After} asks, up to the client's {@code fileScanTimeout},
 * then throws {@link WebexFileScanPendingException}; an infected file is {@link WebexFileInfectedException}, one that
 * could not be scanned {@link WebexFileUnscannableException} unless the caller accepts it with
 * {@link #allowingUnscannable()}. The file name Webex gives is made safe with {@link SafeFileName}.
 */
public final class Contents {

	static final String PATH = "/contents";

	private static final String OCTET_STREAM = "application/octet-stream";

	private static final int BUFFER = 64 * 1024;

	private final ApiSession session;

	private final boolean allowUnscannable;

	private final @Nullable Duration scanTimeout;

	Contents(ApiSession session) {
		this(session, false, null);
	}

	private Contents(ApiSession session, boolean allowUnscannable, @Nullable Duration scanTimeout) {
		this.session = session;
		this.allowUnscannable = allowUnscannable;
		this.scanTimeout = scanTimeout;
	}

	/**
	 * The same reads, waiting at most {@code timeout} (zero: not at all) while Webex scans a new file, instead of the
	 * client's {@code fileScanTimeout}: for a caller that answers a person and would rather say "try again soon".
	 */
	public Contents waitingForScanAtMost(Duration timeout) {
		Checks.notNull(timeout, "timeout");
		if (timeout.isNegative()) {
			throw new IllegalArgumentException("timeout must not be negative");
		}
		return new Contents(this.session, this.allowUnscannable, timeout);
	}

	/**
	 * The same reads, downloading also files Webex could not scan for malware (it sends {@code allow=unscannable}):
	 * only for a caller that accepts that risk.
	 */
	public Contents allowingUnscannable() {
		return new Contents(this.session, true, this.scanTimeout);
	}

	/** The file's name, type and size, without its bytes (a {@code HEAD}). */
	public FileInfo info(URI contentUrl) {
		HttpEngine.Success<Void> answer = this.session.exchange(
				ApiCall.download("HEAD", target(contentUrl), PATH, Messages.READ_SCOPE).withScanTimeout(this.scanTimeout),
				(info) -> HttpResponse.BodySubscribers.discarding());
		FileInfo described = describe(answer.headers(), null);
		return new FileInfo(described.fileName(), described.contentType(),
				answer.headers().firstValueAsLong("Content-Length").orElse(-1), null);
	}

	/** Streams the file into {@code out}, which the caller closes. */
	public FileInfo download(URI contentUrl, OutputStream out) {
		Checks.notNull(out, "out");
		HttpEngine.Success<InputStream> answer = get(contentUrl);
		try (InputStream in = body(answer)) {
			long size = copy(in, out, answer);
			return sized(describe(answer.headers(), null), size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves the file as {@code file}, replacing it only once every byte has arrived (written beside it first), whatever
	 * name Webex gives it.
	 */
	public FileInfo download(URI contentUrl, Path file) {
		Checks.notNull(file, "file");
		Path directory = directoryOf(file);
		HttpEngine.Success<InputStream> answer = get(contentUrl);
		Path part = saved(answer, directory);
		try {
			move(part, file, true);
		}
		catch (IOException ex) {
			deleteQuietly(part);
			throw new UncheckedIOException("Cannot save the downloaded file", ex);
		}
		return sized(describe(answer.headers(), file), sizeOf(file));
	}

	/**
	 * Saves the file in {@code directory} under the name Webex gives it, made safe ({@link SafeFileName}: never a
	 * path, so never outside the directory), and never over an existing file: {@code report (1).pdf} when
	 * {@code report.pdf} exists.
	 */
	public FileInfo downloadInto(URI contentUrl, Path directory) {
		Checks.notNull(directory, "directory");
		if (!Files.isDirectory(directory)) {
			throw new IllegalArgumentException("directory must be an existing directory");
		}
		HttpEngine.Success<InputStream> answer = get(contentUrl);
		Path part = saved(answer, directory);
		String name = describe(answer.headers(), null).fileName();
		for (int n = 0;; n++) {
			Path target = directory.resolve(numbered(name, n));
			if (!directory.equals(target.getParent())) {
				deleteQuietly(part);
				throw new IllegalStateException("A safe file name resolved outside its directory");
			}
			try {
				move(part, target, false);
				return sized(describe(answer.headers(), target), sizeOf(target));
			}
			catch (FileAlreadyExistsException ex) {
				// taken: try the next number
			}
			catch (IOException ex) {
				deleteQuietly(part);
				throw new UncheckedIOException("Cannot save the downloaded file", ex);
			}
		}
	}

	private HttpEngine.Success<InputStream> get(URI contentUrl) {
		return this.session.exchange(
				ApiCall.download("GET", target(contentUrl), PATH, Messages.READ_SCOPE).withScanTimeout(this.scanTimeout),
				(info) -> HttpResponse.BodySubscribers.ofInputStream());
	}

	/** The whole body in a new file of {@code directory}, deleted again if anything fails. */
	private Path saved(HttpEngine.Success<InputStream> answer, Path directory) {
		try (InputStream in = body(answer)) {
			Path part = Files.createTempFile(directory, ".webex-", ".part");
			try (OutputStream out = Files.newOutputStream(part)) {
				copy(in, out, answer);
				return part;
			}
			catch (RuntimeException | IOException ex) {
				deleteQuietly(part);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the downloaded file", ex);
		}
	}

	private URI target(URI contentUrl) {
		Checks.notNull(contentUrl, "contentUrl");
		if (!this.allowUnscannable) {
			return contentUrl;
		}
		String query = contentUrl.getRawQuery();
		String separator = (query == null || query.isEmpty()) ? "?" : "&";
		String url = contentUrl.toString();
		int fragment = url.indexOf('#');
		return URI.create(((fragment >= 0) ? url.substring(0, fragment) : url) + separator + "allow=unscannable");
	}

	/**
	 * Copies until the end of the body, within the client's file transfer timeout: past it, the stream is closed,
	 * which ends the read.
	 */
	private long copy(InputStream in, OutputStream out, HttpEngine.Success<InputStream> answer) {
		Duration timeout = this.session.settings().fileTransferTimeout();
		AtomicBoolean finished = new AtomicBoolean();
		AtomicBoolean timedOut = new AtomicBoolean();
		CompletableFuture.runAsync(() -> {
			if (!finished.get()) {
				timedOut.set(true);
				closeQuietly(in);
			}
		}, CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
		byte[] buffer = new byte[BUFFER];
		long total = 0;
		try {
			while (true) {
				int read;
				try {
					read = in.read(buffer);
				}
				catch (IOException ex) {
					throw interrupted(answer, timedOut.get(), ex);
				}
				if (read < 0) {
					break;
				}
				try {
					out.write(buffer, 0, read);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Cannot write the downloaded file", ex);
				}
				total += read;
			}
		}
		finally {
			finished.set(true);
		}
		long declared = answer.headers().firstValueAsLong("Content-Length").orElse(-1);
		if (timedOut.get() || (declared >= 0 && declared != total)) {
			throw interrupted(answer, timedOut.get(), null);
		}
		return total;
	}

	private static WebexTransportException interrupted(HttpEngine.Success<InputStream> answer, boolean timedOut,
			@Nullable IOException cause) {
		String reason = timedOut ? "did not finish within the file transfer timeout"
				: "ended early" + ((cause != null) ? " (" + cause.getClass().getSimpleName() + ")" : "");
		return new WebexTransportException("The download of a file " + reason, answer.trackingId(), cause);
	}

	private static InputStream body(HttpEngine.Success<InputStream> answer) {
		InputStream in = answer.body();
		return (in != null) ? in : InputStream.nullInputStream();
	}

	private static FileInfo describe(HttpHeaders headers, @Nullable Path path) {
		String name = SafeFileName.of(ContentDisposition.fileName(headers.firstValue("Content-Disposition").orElse(null)));
		String type = headers.firstValue("Content-Type").map(String::strip).filter((value) -> !value.isEmpty())
			.orElse(OCTET_STREAM);
		return new FileInfo(name, type, -1, path);
	}

	private static FileInfo sized(FileInfo info, long size) {
		return new FileInfo(info.fileName(), info.contentType(), size, info.path());
	}

	/** {@code name}, then {@code name (1)}, {@code name (2)}..., the number before the extension. */
	private static String numbered(String name, int n) {
		if (n == 0) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
	}

	private static Path directoryOf(Path file) {
		Path absolute = file.toAbsolutePath();
		Path directory = absolute.getParent();
		if (directory == null || absolute.getFileName() == null || !Files.isDirectory(directory)) {
			throw new IllegalArgumentException("file must be a path in an existing directory");
		}
		if (Files.isDirectory(absolute)) {
			throw new IllegalArgumentException("file is a directory: use downloadInto to name the file as Webex does");
		}
		return directory;
	}

	private static void move(Path part, Path target, boolean replace) throws IOException {
		if (!replace) {
			// no atomic "move unless it exists" everywhere: a hard link fails when the name is taken
			try {
				Files.createLink(target, part);
				Files.delete(part);
			}
			catch (FileAlreadyExistsException ex) {
				throw ex;
			}
			catch (UnsupportedOperationException | IOException ex) {
				Files.move(part, target);
			}
			return;
		}
		try {
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover .part file is harmless
		}
	}

	private static void closeQuietly(InputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			// closing is how a stalled read is ended; nothing else to do
		}
	}

}
