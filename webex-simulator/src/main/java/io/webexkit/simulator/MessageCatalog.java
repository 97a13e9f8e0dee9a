package io.webexkit.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * Messages of a room, newest first: those posted through the API, then the generated history (computed from
 * (person, room, position), never stored).
 */
final class MessageCatalog {

	static final String HOSTILE_TEXT = "<img src=x onerror=alert(1)>";

	private static final List<String> LINES = List.of("Can everyone review the draft before Thursday?",
			"Build 4812 is green, shipping to staging now.", "I moved the retro to 3pm, same room.",
			"Thanks for the quick turnaround!", "Customer confirmed the fix works on their side.",
			"Who owns the on-call handover this week?", "Dashboards are back, the alert was a false positive.",
			"Notes from today's sync are in the shared folder.", "Let's take this offline and report back tomorrow.",
			"Reminder: code freeze starts Friday at noon.", "The benchmark numbers look 12% better than last run.",
			"Welcome to the space! 👋");

	private final Map<String, List<SimMessage>> posted = new ConcurrentHashMap<>();

	/** The room of each message in {@link #posted}, by message id. */
	private final Map<String, String> rooms = new ConcurrentHashMap<>();

	/** A consistent view of one room's messages; posts made after it was taken are not in it. */
	Timeline timeline(SimRoom room) {
		List<SimMessage> recent = this.posted.getOrDefault(room.id(), List.of());
		synchronized (recent) {
			return new Timeline(room, List.copyOf(recent));
		}
	}

	SimMessage post(SimRoom room, SimMember author, String text, @Nullable String markdown, Instant now) {
		String html = (markdown != null) ? toHtml(markdown) : null;
		String plain = (markdown != null) ? toText(markdown) : text;
		return add(new SimMessage(Ids.encode("MESSAGE", UUID.randomUUID()), room.id(), room.type(), plain, markdown,
				html, author.id(), author.email(), now));
	}

	/** Adds a new message, newest, to its room. */
	SimMessage add(SimMessage message) {
		List<SimMessage> list = this.posted.computeIfAbsent(message.roomId(), (id) -> new ArrayList<>());
		synchronized (list) {
			list.add(0, message);
		}
		this.rooms.put(message.id(), message.roomId());
		return message;
	}

	/** The room of a message posted through the API (generated ones are not indexed), if it still exists. */
	Optional<String> roomOf(String messageId) {
		return Optional.ofNullable(this.rooms.get(messageId));
	}

	/** Replaces a posted message with what {@code change} makes of it, in place; empty when it is not there. */
	Optional<SimMessage> replace(String roomId, String messageId, UnaryOperator<SimMessage> change) {
		List<SimMessage> list = this.posted.getOrDefault(roomId, List.of());
		synchronized (list) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i).id().equals(messageId)) {
					SimMessage changed = change.apply(list.get(i));
					list.set(i, changed);
					return Optional.of(changed);
				}
			}
		}
		return Optional.empty();
	}

	/** Removes a posted message; empty when it is not there. */
	Optional<SimMessage> remove(String roomId, String messageId) {
		List<SimMessage> list = this.posted.getOrDefault(roomId, List.of());
		synchronized (list) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i).id().equals(messageId)) {
					this.rooms.remove(messageId);
					return Optional.of(list.remove(i));
				}
			}
		}
		return Optional.empty();
	}

	/** Forgets a deleted room's posted messages. */
	void removeRoom(String roomId) {
		List<SimMessage> list = this.posted.remove(roomId);
		if (list != null) {
			synchronized (list) {
				list.forEach((message) -> this.rooms.remove(message.id()));
			}
		}
	}

	void clear() {
		this.posted.clear();
		this.rooms.clear();
	}

	/** Generated message {@code k} (0 = oldest) of a room; the newest is sent at the room's last activity. */
	static SimMessage generated(SimRoom room, int k) {
		SplittableRandom random = new SplittableRandom(Ids.mix(room.id().hashCode() * 31L + k) ^ SeedData.SEED);
		long payload = ((long) room.owner() << 40) | ((long) room.index() << 16) | k;
		UUID uuid = Ids.positional(SeedData.SEED ^ room.id().hashCode() ^ ((long) k << 32), payload);
		long span = room.lastActivity().toEpochMilli() - room.created().toEpochMilli();
		Instant created = (k == room.messageCount() - 1) ? room.lastActivity()
				: room.created().plusMillis(span * (k + 1) / room.messageCount());
		SimMember author = room.members().get(random.nextInt(room.members().size()));
		String text = LINES.get(random.nextInt(LINES.size()));
		String markdown = null;
		if (room.owner() == 0 && room.index() == RoomCatalog.BUSY_ROOM && k == room.messageCount() - 2) {
			text = HOSTILE_TEXT;
		}
		else if (k % 5 == 2) {
			markdown = "**Update:** " + text + " See `notes.md`.";
			text = toText(markdown);
		}
		return new SimMessage(Ids.encode("MESSAGE", uuid), room.id(), room.type(), text, markdown,
				(markdown != null) ? toHtml(markdown) : null, author.id(), author.email(), created);
	}

	/** Enough Markdown for bold, italics and code; everything else is escaped text. */
	static String toHtml(String markdown) {
		String html = HtmlUtils.htmlEscape(markdown);
		html = html.replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
		html = html.replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)\\*", "<em>$1</em>");
		html = html.replaceAll("`(.+?)`", "<code>$1</code>");
		return "<p>" + html + "</p>";
	}

	static String toText(String markdown) {
		return markdown.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("`(.+?)`", "$1");
	}

	/** Positions 0.. are newest first: posted messages, then generated ones from the newest down. */
	record Timeline(SimRoom room, List<SimMessage> recent) {

		int size() {
			return this.recent.size() + this.room.messageCount();
		}

		SimMessage at(int position) {
			if (position < this.recent.size()) {
				return this.recent.get(position);
			}
			return generated(this.room, this.room.messageCount() - 1 - (position - this.recent.size()));
		}

		OptionalInt positionOf(String messageId) {
			for (int i = 0; i < this.recent.size(); i++) {
				if (this.recent.get(i).id().equals(messageId)) {
					return OptionalInt.of(i);
				}
			}
			OptionalInt k = Ids.decode("MESSAGE", messageId).stream()
				.mapToLong(Ids::payload)
				.filter((p) -> (p >>> 16) == (((long) (this.room.owner() & RoomCatalog.OWNER_MASK) << 24)
						| this.room.index()))
				.mapToInt((p) -> (int) (p & 0xFFFF))
				.filter((i) -> i < this.room.messageCount())
				.findFirst();
			if (k.isEmpty() || !generated(this.room, k.getAsInt()).id().equals(messageId)) {
				return OptionalInt.empty();
			}
			return OptionalInt.of(this.recent.size() + this.room.messageCount() - 1 - k.getAsInt());
		}

	}

}
