package io.webexkit.app.spaces;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
import io.webexkit.app.spaces.SpaceStreams.OpenStream;
import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexException;
import io.webexkit.client.WebexForbiddenException;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.model.Membership;
import io.webexkit.client.model.Message;
import io.webexkit.client.model.MessageQuery;
import io.webexkit.client.model.WebhookEvent;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.WebexWebhookEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * New messages onto the open pages of their space: a webhook for a person and space, received by this instance or
 * relayed from another, becomes one rendered message row on each of that person's streams of that space, while the
 * stream's session still stands. Pages only ever get what their own person's webhook saw. The work happens off the
 * webhook's thread (Webex gets its answer without waiting for browsers), on two threads with a bounded queue.
 */
@Component
class LivePushes {

	private static final Logger log = LoggerFactory.getLogger(LivePushes.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private final SpaceStreams streams;

	private final StreamAccess access;

	private final WebexClients clients;

	private final LiveRelay relay;

	private final TemplateEngine templates;

	private final Clock clock;

	private final ThreadPoolExecutor workers;

	private final Counter dropped;

	LivePushes(SpaceStreams streams, StreamAccess access, WebexClients clients, LiveRelay relay,
			TemplateEngine templates, Clock clock, MeterRegistry meters) {
		this.streams = streams;
		this.access = access;
		this.clients = clients;
		this.relay = relay;
		this.templates = templates;
		this.clock = clock;
		this.workers = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000),
				SpaceStreams.daemon("webex-live-push"), new ThreadPoolExecutor.DiscardPolicy());
		this.workers.allowCoreThreadTimeOut(true);
		this.dropped = Counter.builder("webex.live.dropped")
			.description("New messages not pushed to open pages: the message could not be read, or the queue was full")
			.register(meters);
		relay.onNotice((notice) -> {
			if (notice instanceof LiveNotice.NewMessage message
					&& streams.watches(message.personId(), message.roomId())) {
				this.workers.execute(() -> push(message, null));
			}
		});
	}

	/**
	 * Starts a stream: {@code ready}, then, with {@code after} (the newest message the page has: the page's own, or
	 * the last one its previous stream sent), the messages posted since then, read with {@code webex}: nothing is lost
	 * between the page and its stream, or while a browser opens a stream again. That read also shows whether the
	 * person can read the space at all.
	 * @return false, with nothing admitted, when Webex says the person cannot read the space's messages
	 */
	boolean start(OpenStream stream, WebexClient webex, @Nullable String after) {
		List<Message> missed;
		try {
			missed = since(webex, stream.roomId(), after);
		}
		catch (WebexNotFoundException | WebexForbiddenException ex) {
			return false;
		}
		this.streams.admit(stream);
		if (this.streams.sendReady(stream) && !missed.isEmpty()) {
			Map<String, String> names = names(webex, stream.roomId());
			for (Message message : missed) {
				if (!this.streams.sendMessage(stream, message.id(), row(message, names))) {
					break;
				}
			}
		}
		return true;
	}

	/**
	 * The messages newer than {@code after} among the newest page, oldest first (all of that page if it is older);
	 * none without {@code after}, when one message is read to learn whether the space can be read.
	 * @throws WebexNotFoundException or {@link WebexForbiddenException} when the space cannot be read
	 */
	private List<Message> since(WebexClient webex, String roomId, @Nullable String after) {
		List<Message> newer = new ArrayList<>();
		try {
			int max = (after != null) ? SpaceController.MESSAGES_PER_PAGE : 1;
			for (Message message : webex.messages().list(new MessageQuery(roomId, max, null, null)).items()) {
				if (after == null || after.equals(message.id())) {
					break;
				}
				newer.add(0, message);
			}
		}
		catch (WebexNotFoundException | WebexForbiddenException ex) {
			throw ex;
		}
		catch (WebexException ex) {
			// the stream still opens; a reload shows what it could not send
			log.debug("Messages since {} not read: {}", after, ex.toString());
			return List.of();
		}
		return newer;
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
		LiveNotice.NewMessage notice = new LiveNotice.NewMessage(event.personId(), roomId, messageId);
		this.relay.publish(notice);
		if (this.streams.watches(notice.personId(), roomId)) {
			Message message = event.message();
			this.workers.execute(() -> push(notice, message));
		}
	}

	private void push(LiveNotice.NewMessage notice, @Nullable Message known) {
		List<OpenStream> targets = this.access.stillValid(notice.personId(),
				this.streams.watching(notice.personId(), notice.roomId()));
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
		catch (GrantRequiredException ex) {
			this.access.grantGone(notice.personId());
			this.dropped.increment();
			return;
		}
		catch (WebexException ex) {
			// gone, or no longer visible: the page still shows it on its next load
			log.debug("New message {} not pushed: {}", notice.messageId(), ex.toString());
			this.dropped.increment();
			return;
		}
		catch (RuntimeException ex) {
			log.warn("New message {} not pushed", notice.messageId(), ex);
			this.dropped.increment();
			return;
		}
		for (OpenStream stream : targets) {
			this.streams.sendMessage(stream, notice.messageId(), payload);
		}
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

}
