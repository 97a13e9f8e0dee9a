package io.webexkit.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

/** A webhook target on a random loopback port: records every request it gets and answers with a chosen status. */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile CompletableFuture<Void> answerWhen = CompletableFuture.completedFuture(null);

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext("/", (exchange) -> {
				byte[] body;
				try (InputStream in = exchange.getRequestBody()) {
					body = in.readAllBytes();
				}
				Map<String, String> headers = new TreeMap<>();
				exchange.getRequestHeaders()
					.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
				receiver.deliveries.add(new Delivery(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						headers, body, System.nanoTime()));
				receiver.answerWhen.join();
				exchange.sendResponseHeaders(receiver.status, -1);
				exchange.close();
			});
			server.setExecutor(receiver.executor);
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where webhooks should point, e.g. {@code http://127.0.0.1:43123/hooks/<name>}. */
	String url(String name) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/" + name;
	}

	/** The status every later request is answered with (200 at first). */
	void answer(int status) {
		this.status = status;
	}

	/** Later requests are recorded at once but answered only when {@code release} completes: a slow host app. */
	void holdAnswersUntil(CompletableFuture<Void> release) {
		this.answerWhen = release;
	}

	List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	List<Delivery> deliveries(String name) {
		return this.deliveries.stream().filter((delivery) -> delivery.path().equals("/hooks/" + name)).toList();
	}

	void clear() {
		this.deliveries.clear();
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	/** One request as it arrived; header names in lower case. */
	record Delivery(String method, String path, Map<String, String> headers, byte[] body, long receivedNanos) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
