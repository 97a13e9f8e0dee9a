package io.webexkit.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to the webhooks that asked for them: one {@code POST} of the JSON envelope to each matching active
 * webhook's {@code targetUrl}, signed when it has a secret, from a few background threads so the API call that caused
 * the event never waits. Failed deliveries (an answer other than 2xx, no answer within {@link #READ_TIMEOUT}, or no
 * connection within {@link #CONNECT_TIMEOUT}) count towards the webhook's {@link WebhookHealth} at the simulator's
 * clock; Webex does not retry them, and neither does the simulator.
 */
final class WebhookDispatcher {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

	static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

	private static final int THREADS = 4;

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final Clock clock;

	private final SimulatorBehavior behavior;

	private final ThreadPoolExecutor executor;

	private final HttpClient http;

	private final AtomicInteger pending = new AtomicInteger();

	private final AtomicLong sent = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	WebhookDispatcher(Clock clock, SimulatorBehavior behavior) {
		this.clock = clock;
		this.behavior = behavior;
		this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				daemonThreads());
		// an idle simulator keeps no threads
		this.executor.allowCoreThreadTimeOut(true);
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Queues one delivery of the event to each of {@code webhooks} that is active, asked for {@code resource} and
	 * {@code event}, and whose filter passes {@code data}; the knobs in force now decide how each is sent.
	 */
	void dispatch(List<SimWebhook> webhooks, String resource, String event, String actorId,
			Map<String, Object> data) {
		for (SimWebhook webhook : webhooks) {
			if (!webhook.health().active() || !webhook.wants(resource, event)
					|| !WebhookFilter.parse(webhook.filter()).matches(data)) {
				continue;
			}
			byte[] body = Json.write(webhook.envelope(resource, event, actorId, data));
			String signature = signature(webhook.secret(), body);
			Duration delay = this.behavior.webhookDeliveryDelay();
			int copies = this.behavior.duplicateWebhookDeliveries() ? 2 : 1;
			for (int i = 0; i < copies; i++) {
				this.pending.incrementAndGet();
				try {
					this.executor.execute(() -> {
						try {
							send(webhook, body, signature, delay);
						}
						finally {
							this.pending.decrementAndGet();
						}
					});
				}
				catch (RuntimeException ex) {
					this.pending.decrementAndGet();
					throw ex;
				}
			}
		}
	}

	/** Deliveries queued or being sent now. */
	int pending() {
		return this.pending.get();
	}

	/** Deliveries sent (answered or not) since the last reset of the counters. */
	long sent() {
		return this.sent.get();
	}

	/** Sent deliveries that failed since the last reset of the counters. */
	long failed() {
		return this.failed.get();
	}

	void resetCounters() {
		this.sent.set(0);
		this.failed.set(0);
	}

	private @Nullable String signature(@Nullable String secret, byte[] body) {
		if (secret == null || this.behavior.omitWebhookSignatures()) {
			return null;
		}
		return this.behavior.tamperWebhookSignatures() ? WebhookSignature.tampered(secret, body)
				: WebhookSignature.sign(secret, body);
	}

	private void send(SimWebhook webhook, byte[] body, @Nullable String signature, Duration delay) {
		SimulatedFailures.sleep(delay);
		if (!webhook.health().active()) {
			// disabled while this delivery waited: inactive webhooks receive nothing
			return;
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook.targetUrl()))
			.timeout(READ_TIMEOUT)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header(WebhookSignature.HEADER, signature);
		}
		this.sent.incrementAndGet();
		int status = 0;
		try {
			status = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			log.debug("Webhook {} delivery to {} failed: {}", webhook.id(), webhook.targetUrl(), ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (status >= 200 && status < 300) {
			return;
		}
		this.failed.incrementAndGet();
		if (webhook.health().recordFailure(this.clock.instant())) {
			log.info("Webhook {} ({}) is now inactive after failed deliveries to {}", webhook.id(), webhook.name(),
					webhook.targetUrl());
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (task) -> {
			Thread thread = new Thread(task, "webex-simulator-webhooks-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
