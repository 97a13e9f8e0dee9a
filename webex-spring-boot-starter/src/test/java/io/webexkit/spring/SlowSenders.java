package io.webexkit.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Many connections that each send a request's headers, then its body one byte at a time, a byte every 200 ms, never
 * finishing it: what a slow sender does to a server. Each connection's outcome is what the server answered and
 * whether it then closed the connection while the body was still coming.
 */
public final class SlowSenders implements AutoCloseable {

	private static final Duration GAP = Duration.ofMillis(200);

	private final List<Socket> sockets = new ArrayList<>();

	private final List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();

	private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

	private final ExecutorService readers;

	private final Duration patience;

	private SlowSenders(int connections, Duration patience) {
		this.readers = Executors.newFixedThreadPool(connections);
		this.patience = patience;
	}

	/** A request line and headers for {@link #start}: a POST declaring a 1,000-byte body of this type. */
	public static String post(String target, String contentType) {
		return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
				+ "\r\nContent-Length: 1000";
	}

	/**
	 * Opens one connection per request and starts trickling their bodies.
	 * @param port the server's
	 * @param requests each a request line and its headers, {@code Content-Length} included, without the final blank
	 * line (for example {@code POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 1000})
	 * @param patience how long a connection waits for the server to answer, then to close, before it counts as left
	 * open
	 */
	public static SlowSenders start(int port, List<String> requests, Duration patience) throws IOException {
		SlowSenders senders = new SlowSenders(requests.size(), patience);
		for (String request : requests) {
			Socket socket = new Socket("localhost", port);
			socket.setSoTimeout((int) patience.toMillis());
			socket.getOutputStream().write((request + "\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			senders.sockets.add(socket);
		}
		for (Socket socket : senders.sockets) {
			senders.outcomes.add(CompletableFuture.supplyAsync(() -> outcome(socket), senders.readers));
		}
		senders.trickle.scheduleWithFixedDelay(senders::sendAByteEach, GAP.toMillis(), GAP.toMillis(),
				TimeUnit.MILLISECONDS);
		return senders;
	}

	/**
	 * The status of {@code GET path}, which must come within 10 s (a behaviour check, not a speed target): more than
	 * that, and the slow senders hold every request thread.
	 */
	public static int page(int port, String path) throws Exception {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (HttpTimeoutException ex) {
			return fail("no answer within 10 s: the slow senders hold every request thread");
		}
	}

	/**
	 * Slow bodies read in turns: those that got one of the {@code turns} end in 408 at the deadline, the others are
	 * refused at once with 503 and {@code Retry-After}; each connection is closed.
	 */
	public static void assertReadInTurnsOrRefusedBusy(List<Outcome> outcomes, int turns, String retryAfter,
			String what) {
		assertThat(outcomes).as(what).allSatisfy((outcome) -> {
			assertThat(outcome.toString()).isIn("408 closed", "503 closed");
			if (outcome.status() == 503) {
				assertThat(outcome.headers()).containsEntry("retry-after", retryAfter);
			}
		});
		assertThat(outcomes.stream().filter((outcome) -> outcome.status() == 408).count()).as(what)
			.isBetween(1L, (long) turns);
	}

	/** Every connection's outcome, in the order of the requests, once each has one. */
	public List<Outcome> outcomes() {
		return this.outcomes.stream().map(CompletableFuture::join).toList();
	}

	private void sendAByteEach() {
		for (Socket socket : this.sockets) {
			try {
				OutputStream out = socket.getOutputStream();
				out.write(' ');
				out.flush();
			}
			catch (IOException ex) {
				// closed by the server: nothing more to send there
			}
		}
	}

	private static Outcome outcome(Socket socket) {
		int status = -1;
		Map<String, String> headers = new LinkedHashMap<>();
		try {
			InputStream in = socket.getInputStream();
			String statusLine = line(in);
			if (statusLine == null) {
				return new Outcome(-1, headers, true);
			}
			status = Integer.parseInt(statusLine.split(" ")[1]);
			for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
				int colon = header.indexOf(':');
				headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
						header.substring(colon + 1).trim());
			}
			while (in.read() != -1) {
				// the rest of the answer, then the end of the connection
			}
			return new Outcome(status, headers, true);
		}
		catch (SocketTimeoutException ex) {
			return new Outcome(status, headers, false);
		}
		catch (IOException ex) {
			return new Outcome(status, headers, true); // reset: closed with the body unread
		}
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != -1) {
			if (c == '\n') {
				return line.toString().strip();
			}
			line.append((char) c);
		}
		return (line.length() > 0) ? line.toString() : null;
	}

	@Override
	public void close() throws IOException {
		this.trickle.shutdownNow();
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.readers.shutdownNow();
	}

	/**
	 * What the server did with one slow connection.
	 *
	 * @param status the status it answered; -1 for none
	 * @param headers the answer's headers, names in lower case
	 * @param closed whether it closed the connection (within the patience) while the body was still coming
	 */
	public record Outcome(int status, Map<String, String> headers, boolean closed) {

		@Override
		public String toString() {
			return status + (closed ? " closed" : " left open");
		}

	}

}
