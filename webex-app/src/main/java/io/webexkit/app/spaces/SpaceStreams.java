package io.webexkit.app.spaces;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.LinkedBlockingQueue;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.app.live.LiveNotice;
import io.webexkit.app.live.LiveRelay;
import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexException;
import io.webexkit.client.model.Membership;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.WebhookEvent;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhookEvent;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open space pages waiting for new messages, one Server-Sent Events stream each, by person (oldest first) and
 * space: a webhook for that person and space, received by this instance or relayed from another, becomes one rendered message
 * row on each of them. Pages only ever get what their own person's webhook saw.
 * <p>
 * The work happens off the webhook's thread (Webex gets its answer without waiting for browsers), on two threads with
 * a bounded queue. A person may keep {@value #PER_PERSON} streams (more closes their oldest), the instance
 * {@value #MAX_STREAMS}; each lasts at most {@link #TIMEOUT_MILLIS} before the browser opens a new one, and gets a
 * comment every {@value #HEARTBEAT_SECONDS} s so that proxies keep it open.
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

	private static final JsonMapper json = JsonMapper.builder().build();

	/** Each person's open pages, oldest first. */
	private final Map<String, Queue<OpenPage>> streams = new ConcurrentHashMap<>();

	private final AtomicInteger count = new AtomicInteger();

	private final WebexClients clients;

	private final LiveRelay relay;

	private final TemplateEngine templates;

	private final Clock clock;

	private final ThreadPoolExecutor workers;

	private volatile @Nullable ScheduledExecutorService heartbeat;

	private final Counter pushed;

	private final Counter dropped;

	private volatile boolean running;

	SpaceStreams(WebexClients clients, LiveRelay relay, TemplateEngine templates, Clock clock, MeterRegistry meters) {
		this.clients = clients;
		this.relay = relay;
		this.templates = templates;
		this.clock = clock;
		this.workers = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000),
				daemon("webex-live-push"), new ThreadPoolExecutor.DiscardPolicy());
		this.workers.allowCoreThreadTimeOut(true);
		this.pushed = Counter.builder("webex.live.pushed")
			.description("Message rows pushed to open space pages")
			.register(meters);
		this.dropped = Counter.builder("webex.live.dropped")
			.description("New messages not pushed to open pages: the message could not be read, or the queue was full")
			.register(meters);
		meters.gauge("webex.live.streams", this.count);
		relay.onNotice(this::relayed);
	}

	/**
	 * A new stream for {@code personId}'s page of space {@code roomId}; null when this instance has too many. With
	 * {@code after} (the newest message the page has: the page's own, or the last one its previous stream sent), the
	 * messages posted since then come first, read with {@code webex}: nothing is lost between the page and its
	 * stream, or while a browser opens a stream again.
	 */
	@Nullable SseEmitter open(String personId, String roomId, @Nullable String after, WebexClient webex) {
		if (!this.running || this.count.get() >= MAX_STREAMS) {
			return null;
		}
		SseEmitter emitter = new SseEmitter(TIMEOUT_MILLIS);
		OpenPage stream = new OpenPage(personId, roomId, emitter);
		Queue<OpenPage> pages = this.streams.computeIfAbsent(personId, (k) -> new ConcurrentLinkedQueue<>());
		pages.add(stream);
		this.count.incrementAndGet();
		emitter.onCompletion(() -> remove(stream));
		emitter.onTimeout(() -> remove(stream));
		emitter.onError((ex) -> remove(stream));
		while (pages.size() > PER_PERSON) {
			OpenPage oldest = pages.poll();
			if (oldest != null) {
				this.count.decrementAndGet();
				oldest.emitter().complete();
			}
		}
		try {
			emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).name("ready").data("live"));
			List<Message> missed = (after != null) ? since(webex, roomId, after) : List.of();
			Map<String, String> names = missed.isEmpty() ? Map.of() : names(webex, roomId);
			for (Message message : missed) {
				send(stream, message.id(), row(message, names));
			}
		}
		catch (IOException ex) {
			remove(stream);
		}
		return emitter;
	}

	/** The messages newer than {@code after} among the newest page, oldest first; all of that page if it is older. */
	private List<Message> since(WebexClient webex, String roomId, String after) {
		List<Message> newer = new ArrayList<>();
		try {
			for (Message message : webex.messages()
				.list(new MessageQuery(roomId, SpaceController.MESSAGES_PER_PAGE, null, null))
				.items()) {
				if (after.equals(message.id())) {
					break;
				}
				newer.add(0, message);
			}
		}
		catch (WebexException ex) {
			// the stream still opens; a reload shows what it could not send
			log.debug("Messages since {} not read: {}", after, ex.toString());
			return List.of();
		}
		return newer;
	}

	/** Streams open on this instance now. */
	int size() {
		return this.count.get();
	}

	@EventListener
	void on(WebexWebhookEvent event) {
		WebhookEvent delivery = event.event();
		String roomId = delivery.data().roomId();
		String messageId = delivery.data().id();
		if (!"messages".equals(delivery.resource()) || !"created".equals(delivery.event()) || roomId == null
				|| messageId == null) {
			return;
		}
		LiveNotice notice = new LiveNotice(this.relay.instance(), event.personId(), roomId, messageId);
		this.relay.publish(notice);
		if (watching(notice)) {
			Message message = event.message();
			this.workers.execute(() -> push(notice, message));
		}
	}

	private void relayed(LiveNotice notice) {
		if (watching(notice)) {
			this.workers.execute(() -> push(notice, null));
		}
	}

	/** The pages open here that the notice is for: its person's, of its space. */
	private List<OpenPage> pages(LiveNotice notice) {
		Queue<OpenPage> pages = this.streams.get(notice.personId());
		return (pages != null) ? pages.stream().filter((page) -> page.roomId().equals(notice.roomId())).toList()
				: List.of();
	}

	private boolean watching(LiveNotice notice) {
		Queue<OpenPage> pages = this.streams.get(notice.personId());
		return pages != null && pages.stream().anyMatch((page) -> page.roomId().equals(notice.roomId()));
	}

	private void push(LiveNotice notice, @Nullable Message known) {
		List<OpenPage> targets = pages(notice);
		if (targets.isEmpty()) {
			return;
		}
		WebexClient webex = this.clients.forPerson(notice.personId());
		String payload;
		try {
			Message message = (known != null) ? known : webex.messages().get(notice.messageId());
			if (!notice.roomId().equals(message.roomId())) {
				this.dropped.increment();
				return;
			}
			payload = row(message, names(webex, notice.roomId()));
		}
		catch (WebexException | GrantRequiredException ex) {
			// gone, no longer visible, or the grant is gone: the page still shows it on its next load
			log.debug("New message {} not pushed: {}", notice.messageId(), ex.toString());
			this.dropped.increment();
			return;
		}
		catch (RuntimeException ex) {
			log.warn("New message {} not pushed", notice.messageId(), ex);
			this.dropped.increment();
			return;
		}
		for (OpenPage stream : targets) {
			try {
				send(stream, notice.messageId(), payload);
			}
			catch (IOException | IllegalStateException ex) {
				stream.emitter().completeWithError(ex);
				remove(stream);
			}
		}
	}

	private void send(OpenPage stream, String messageId, String payload) throws IOException {
		// the id is what a browser's next stream sends back as Last-Event-ID
		stream.emitter().send(SseEmitter.event().id(messageId).name("message").data(payload));
		this.pushed.increment();
	}

	/** The event's data: the message's id and its row, rendered by the page's own template. */
	private String row(Message message, Map<String, String> names) {
		MessageRow row = MessageRow.of(message, names, this.clock.instant());
		StringOutput html = new StringOutput();
		this.templates.render("spaces/message.jte", Map.of("m", row), html);
		return json.writeValueAsString(Map.of("id", row.id(), "html", html.toString()));
	}

	/** The display names of the space's first members, by person id, when the grant can read them. */
	private static Map<String, String> names(WebexClient webex, String roomId) {
		Map<String, String> names = new HashMap<>();
		try {
			for (Membership member : webex.memberships().list(roomId).items()) {
				if (member.personId() != null && member.personDisplayName() != null) {
					names.put(member.personId(), member.personDisplayName());
				}
			}
		}
		catch (WebexException ex) {
			// e-mail addresses stand in for the names
		}
		return names;
	}

	private void remove(OpenPage stream) {
		Queue<OpenPage> pages = this.streams.get(stream.personId());
		if (pages != null && pages.remove(stream)) {
			this.count.decrementAndGet();
			if (pages.isEmpty()) {
				this.streams.remove(stream.personId(), pages);
			}
		}
	}

	private void beat() {
		for (Queue<OpenPage> queue : this.streams.values()) {
			for (OpenPage stream : queue) {
				try {
					stream.emitter().send(SseEmitter.event().comment(""));
				}
				catch (IOException | IllegalStateException ex) {
					remove(stream);
				}
			}
		}
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
	 * new streams, on another instance if this one is going away). Pushes already queued are dropped.
	 */
	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService beats = this.heartbeat;
		if (beats != null) {
			beats.shutdownNow();
		}
		this.workers.getQueue().clear();
		for (Queue<OpenPage> queue : this.streams.values()) {
			for (OpenPage stream : queue) {
				stream.emitter().complete();
				remove(stream);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static ThreadFactory daemon(String name) {
		return (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	private record OpenPage(String personId, String roomId, SseEmitter emitter) {

	}

}
