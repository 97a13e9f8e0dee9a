import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * The slow-bodies benchmark's driver, for bench/slow-bodies.sh. Run with the JDK's source launcher:
 * {@code java bench/SlowBodies.java --app URL ...}; it needs nothing but the JDK.
 *
 * <pre>
 * --app URL --seconds S --warmup S --slow N --gap-ms MS --clients C
 *     GET / from C clients, one request after another each, for S seconds after S (warmup) seconds: latency p50, p99,
 *     max and the requests that got no answer within 5 s. First with no slow connections, then with N of them open
 *     the whole time: each sends a POST's headers (declaring a 60,000-byte body) and then one byte of the body every
 *     MS milliseconds, never finishing it; when the server closes one, another is opened 100 ms later. They go to
 *     the webhook path with a random key, to /disconnect and to /logout (forms, nobody signed in), in turn. Then how
 *     the slow connections ended: the status answered (or none), how many, and how long they had lasted.
 * </pre>
 */
public class SlowBodies {

	static final Duration PAGE_TIMEOUT = Duration.ofSeconds(5);

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new TreeMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String app = o.get("app");
		int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
		int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
		int slow = Integer.parseInt(o.getOrDefault("slow", "250"));
		int gap = Integer.parseInt(o.getOrDefault("gap-ms", "1000"));
		int clients = Integer.parseInt(o.getOrDefault("clients", "4"));
		URI page = URI.create(app + "/");
		pages(page, clients, warmup);
		print("no slow connections", pages(page, clients, seconds));
		Attack attack = new Attack(URI.create(app), slow, gap);
		attack.start();
		Thread.sleep(Math.max(3, gap * 3 / 1000) * 1000L); // every slow connection open and trickling
		Latencies under = pages(page, clients, seconds);
		attack.stop();
		print(slow + " slow connections", under);
		attack.report();
	}

	static void print(String what, Latencies l) {
		System.out.printf("%-22s GET /: %6d answered  p50 %8s  p99 %8s  max %8s  %d without an answer within %ds%n",
				what, l.count(), ms(l.percentile(50)), ms(l.percentile(99)), ms(l.percentile(100)), l.timeouts.sum(),
				PAGE_TIMEOUT.toSeconds());
	}

	/** GET the page from {@code clients} clients in a loop for {@code seconds}. */
	static Latencies pages(URI page, int clients, int seconds) throws InterruptedException {
		Latencies latencies = new Latencies();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			threads.add(thread(false, () -> {
				HttpClient http = HttpClient.newBuilder().connectTimeout(PAGE_TIMEOUT).build();
				HttpRequest request = HttpRequest.newBuilder(page).timeout(PAGE_TIMEOUT).build();
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							throw new IllegalStateException("GET / answered " + response.statusCode());
						}
						latencies.add(System.nanoTime() - start);
					}
					catch (IOException ex) {
						latencies.timeouts.increment();
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return latencies;
	}

	/** Slow senders, each reconnecting 100 ms after the server closes it. */
	static final class Attack {

		final URI app;

		final int connections;

		final int gap;

		final AtomicBoolean running = new AtomicBoolean(true);

		final List<Thread> threads = new ArrayList<>();

		final Map<String, Latencies> ended = new ConcurrentHashMap<>();

		Attack(URI app, int connections, int gap) {
			this.app = app;
			this.connections = connections;
			this.gap = gap;
		}

		void start() {
			for (int i = 0; i < this.connections; i++) {
				String target = switch (i % 3) {
					case 0 -> "/webex/webhooks/" + UUID.randomUUID().toString().replace("-", "").substring(0, 22);
					case 1 -> "/disconnect";
					default -> "/logout";
				};
				String type = target.startsWith("/webex") ? "application/json" : "application/x-www-form-urlencoded";
				this.threads.add(thread(true, () -> sender(target, type)));
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			for (Thread thread : this.threads) {
				thread.interrupt();
			}
			for (Thread thread : this.threads) {
				thread.join(5000);
			}
		}

		void sender(String target, String type) {
			while (this.running.get()) {
				long start = System.nanoTime();
				String status = connection(target, type);
				if (!this.running.get()) {
					return;
				}
				this.ended.computeIfAbsent(status, (s) -> new Latencies()).add(System.nanoTime() - start);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		/** One slow connection, until the server closes it: the status it answered, or "no answer". */
		String connection(String target, String type) {
			String status = "no answer";
			try (Socket socket = new Socket(this.app.getHost(), this.app.getPort())) {
				socket.setSoTimeout(this.gap);
				OutputStream out = socket.getOutputStream();
				out.write(("POST " + target + " HTTP/1.1\r\nHost: " + this.app.getAuthority() + "\r\nContent-Type: "
						+ type + "\r\nContent-Length: 60000\r\n\r\n_").getBytes(StandardCharsets.ISO_8859_1));
				out.flush();
				InputStream in = socket.getInputStream();
				byte[] buffer = new byte[1024];
				StringBuilder answer = new StringBuilder();
				while (this.running.get()) {
					try {
						int n = in.read(buffer);
						if (n == -1) {
							return status;
						}
						answer.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
						if (answer.length() >= 12 && status.equals("no answer")) {
							status = answer.substring(9, 12);
						}
					}
					catch (SocketTimeoutException ex) {
						out.write('_');
						out.flush();
					}
				}
			}
			catch (IOException ex) {
				// reset or refused: the connection is over
			}
			return status;
		}

		void report() {
			System.out.println("slow connections ended (status answered: how many, how long they lasted):");
			if (this.ended.isEmpty()) {
				System.out.println("  none: the server kept every one open");
			}
			this.ended.forEach((status, l) -> System.out.printf("  %-9s %6d  p50 %8s  max %8s%n", status, l.count(),
					ms(l.percentile(50)), ms(l.percentile(100))));
		}

	}

	static final class Latencies {

		final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

		final LongAdder timeouts = new LongAdder();

		void add(long value) {
			this.nanos.add(value);
		}

		int count() {
			return this.nanos.size();
		}

		long percentile(int p) {
			long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			if (sorted.length == 0) {
				return -1;
			}
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
		}

	}

	static Thread thread(boolean daemon, Runnable task) {
		Thread thread = new Thread(task);
		thread.setDaemon(daemon);
		thread.start();
		return thread;
	}

	static String ms(long nanos) {
		return (nanos < 0) ? "-" : String.format("%.1f ms", nanos / 1e6);
	}

}
