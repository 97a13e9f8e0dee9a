package io.webexkit.app.spaces;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open space pages waiting for new messages, one Server-Sent Events stream each, by person (oldest first) and
 * space, each with when its session was issued. A person may keep {@value #PER_PERSON} streams (more closes their
 * oldest), the instance {@value #MAX_STREAMS}; each lasts at most {@link #TIMEOUT_MILLIS} before the browser opens a
 * new one, and gets a comment every {@value #HEARTBEAT_SECONDS} s so that proxies keep it open. What else must
 * happen that often (checking that each stream's access still stands) runs on the same heartbeat.
 */
@Component
class SpaceStreams implements SmartLifecycle {

	static final int PER_PERSON = 12;

	static final int MAX_STREAMS = 5000;

	static final long TIMEOUT_MILLIS = 10 * 60 * 1000;

	static final int HEARTBEAT_SECONDS = 25;

	/** How long a browser waits before it opens a stream again after losing one. */
	static final long RECONNECT_MILLIS = 2000;

	private static final Logger log = LoggerFactory.getLogger(SpaceStreams.class);

	/** Each person's open pages, oldest first. */
	private final Map<String, Queue<OpenStream>> streams = new ConcurrentHashMap<>();

	private final AtomicInteger count = new AtomicInteger();

	private final List<Runnable> onHeartbeat = new CopyOnWriteArrayList<>();

	private volatile @Nullable ScheduledExecutorService heartbeat;

	private final Counter pushed;

	private final MeterRegistry meters;

	private volatile boolean running;

	SpaceStreams(MeterRegistry meters) {
		this.meters = meters;
		this.pushed = Counter.builder("webex.live.pushed")
			.description("Message rows pushed to open space pages")
			.register(meters);
		meters.gauge("webex.live.streams", this.count);
	}

	/**
	 * A new stream for {@code personId}'s page of space {@code roomId}, whose session was issued at
	 * {@code sessionIssuedAt}; null when this instance has too many. It gets messages at once, but counts against the
	 * person's streams only once {@link #admit admitted}.
	 */
	@Nullable OpenStream open(String personId, String roomId, Instant sessionIssuedAt) {
		if (!this.running || this.count.get() >= MAX_STREAMS) {
			return null;
		}
		OpenStream stream = new OpenStream(personId, roomId, sessionIssuedAt, new SseEmitter(TIMEOUT_MILLIS));
		this.streams.computeIfAbsent(personId, (k) -> new ConcurrentLinkedQueue<>()).add(stream);
		this.count.incrementAndGet();
		stream.emitter().onCompletion(() -> remove(stream));
		stream.emitter().onTimeout(() -> remove(stream));
		stream.emitter().onError((ex) -> remove(stream));
		return stream;
	}

	/** Keeps the stream, closing the person's oldest ones beyond {@value #PER_PERSON}. */
	void admit(OpenStream stream) {
		Queue<OpenStream> pages = this.streams.get(stream.personId());
		while (pages != null && pages.size() > PER_PERSON) {
			OpenStream oldest = pages.peek();
			if (oldest == null || oldest == stream) {
				return;
			}
			close(oldest);
		}
	}

	/** Ends the stream. */
	void close(OpenStream stream) {
		if (remove(stream)) {
			stream.emitter().complete();
		}
	}

	/**
	 * Ends the person's streams that {@code which} selects, because their access ended.
	 * @param reason {@code session} or {@code grant}, for the {@code webex.live.ended} metric
	 */
	void end(String personId, Predicate<OpenStream> which, String reason) {
		int ended = 0;
		for (OpenStream stream : of(personId)) {
			if (which.test(stream) && remove(stream)) {
				stream.emitter().complete();
				ended++;
			}
		}
		if (ended > 0) {
			Counter.builder("webex.live.ended")
				.description("Open space pages' streams ended because their session or grant ended")
				.tag("reason", reason)
				.register(this.meters)
				.increment(ended);
		}
	}

	/** The person's open streams. */
	List<OpenStream> of(String personId) {
		Queue<OpenStream> pages = this.streams.get(personId);
		return (pages != null) ? List.copyOf(pages) : List.of();
	}

	/** The person's open streams of the space. */
	List<OpenStream> watching(String personId, String roomId) {
		return of(personId).stream().filter((stream) -> stream.roomId().equals(roomId)).toList();
	}

	/** Whether the person has a stream of the space open here (no allocation: asked of every new message). */
	boolean watches(String personId, String roomId) {
		Queue<OpenStream> pages = this.streams.get(personId);
		return pages != null && pages.stream().anyMatch((stream) -> stream.roomId().equals(roomId));
	}

	/** Who has a stream open here. */
	Set<String> people() {
		return Set.copyOf(this.streams.keySet());
	}

	/** Streams open on this instance now. */
	int size() {
		return this.count.get();
	}

	/** The first event of a stream: it is live, and how soon to come back after losing it. */
	boolean sendReady(OpenStream stream) {
		return send(stream, SseEmitter.event().reconnectTime(RECONNECT_MILLIS).name("ready").data("live"));
	}

	/** One message row; its id is what the browser's next stream sends back as {@code Last-Event-ID}. */
	boolean sendMessage(OpenStream stream, String messageId, String payload) {
		boolean sent = send(stream, SseEmitter.event().id(messageId).name("message").data(payload));
		if (sent) {
			this.pushed.increment();
		}
		return sent;
	}

	/** Runs {@code task} on each heartbeat, after the comments are sent. */
	void onHeartbeat(Runnable task) {
		this.onHeartbeat.add(task);
	}

	/** A comment on every stream, then the heartbeat's tasks. */
	void beat() {
		for (Queue<OpenStream> queue : this.streams.values()) {
			for (OpenStream stream : queue) {
				send(stream, SseEmitter.event().comment(""));
			}
		}
		for (Runnable task : this.onHeartbeat) {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("Live streams' heartbeat task failed", ex);
			}
		}
	}

	private boolean send(OpenStream stream, SseEmitter.SseEventBuilder event) {
		try {
			stream.emitter().send(event);
			return true;
		}
		catch (IOException | IllegalStateException ex) {
			// the browser went away
			remove(stream);
			return false;
		}
	}

	private boolean remove(OpenStream stream) {
		Queue<OpenStream> pages = this.streams.get(stream.personId());
		if (pages != null && pages.remove(stream)) {
			this.count.decrementAndGet();
			if (pages.isEmpty()) {
				this.streams.remove(stream.personId(), pages);
			}
			return true;
		}
		return false;
	}

	/** Starts the heartbeat; a stopped instance (a paused test context, say) starts again. */
	@Override
	public void start() {
		ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(daemon("webex-live-heartbeat"));
		beats.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
		this.heartbeat = beats;
		this.running = true;
	}

	/**
	 * Ends every stream, so that a graceful shutdown does not wait for pages that never close (their browsers open
	 * new streams, on another instance if this one is going away).
	 */
	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService beats = this.heartbeat;
		if (beats != null) {
			beats.shutdownNow();
		}
		for (Queue<OpenStream> queue : this.streams.values()) {
			queue.forEach(this::close);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * One open page's stream.
	 *
	 * @param sessionIssuedAt when the session it was opened in was issued: ending the person's sessions after that
	 * ends the stream
	 */
	record OpenStream(String personId, String roomId, Instant sessionIssuedAt, SseEmitter emitter) {

	}

}
