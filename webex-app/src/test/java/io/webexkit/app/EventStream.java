package io.webexkit.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A Server-Sent Events stream read as a browser's {@code EventSource} reads it: one event per blank line, with its
 * {@code event}, {@code id} and {@code data} fields; comments (heartbeats) are skipped. A daemon thread reads; tests
 * take events with a deadline.
 */
public final class EventStream implements AutoCloseable {

	private final HttpResponse<InputStream> response;

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final CountDownLatch ended = new CountDownLatch(1);

	EventStream(HttpResponse<InputStream> response) {
		this.response = response;
		if (response.statusCode() == 200) {
			Thread reader = new Thread(this::read, "test-event-stream");
			reader.setDaemon(true);
			reader.start();
		}
	}

	public HttpResponse<InputStream> response() {
		return this.response;
	}

	/** The next event, or null if none came within {@code timeout}. */
	public @Nullable Event next(Duration timeout) throws InterruptedException {
		return this.events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** The next event named {@code name}, skipping others; null if none came within {@code timeout}. */
	public @Nullable Event next(String name, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long left = deadline - System.nanoTime();
			Event event = (left > 0) ? this.events.poll(left, TimeUnit.NANOSECONDS) : null;
			if (event == null || event.name().equals(name)) {
				return event;
			}
		}
	}

	/** Every event named {@code name} that comes within {@code window}. */
	public List<Event> all(String name, Duration window) throws InterruptedException {
		List<Event> events = new ArrayList<>();
		long deadline = System.nanoTime() + window.toNanos();
		Event event;
		while ((event = next(name, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) != null) {
			events.add(event);
		}
		return events;
	}

	/** Whether the server ended the stream (or it broke) within {@code timeout}; events sent before stay readable. */
	public boolean awaitEnd(Duration timeout) throws InterruptedException {
		return this.ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		try {
			this.response.body().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void read() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(this.response.body(), StandardCharsets.UTF_8))) {
			String name = "message";
			String id = null;
			StringBuilder data = null;
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isEmpty()) {
					if (data != null) {
						this.events.add(new Event(name, id, data.toString()));
					}
					name = "message";
					id = null;
					data = null;
				}
				else if (line.startsWith("event:")) {
					name = value(line);
				}
				else if (line.startsWith("id:")) {
					id = value(line);
				}
				else if (line.startsWith("data:")) {
					data = (data == null) ? new StringBuilder(value(line)) : data.append('\n').append(value(line));
				}
			}
		}
		catch (IOException ex) {
			// closed by the test or the server
		}
		finally {
			this.ended.countDown();
		}
	}

	private static String value(String line) {
		String value = line.substring(line.indexOf(':') + 1);
		return value.startsWith(" ") ? value.substring(1) : value;
	}

	/** One event. */
	public record Event(String name, @Nullable String id, String data) {

	}

}
