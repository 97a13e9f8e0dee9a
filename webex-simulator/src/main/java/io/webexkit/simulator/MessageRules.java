package io.webexkit.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Webex's rules for messages in the shared world: threads (a reply names its parent in the same space, and a reply
 * cannot be replied to), mentions, the 1:1 space opened by the first message to a person, and edits and deletes of
 * one's own messages only. Each change tells the webhooks of everyone who sees the space.
 */
final class MessageRules {

	static final String GENERATED_MESSAGE_UNCHANGEABLE = "The simulated Webex only edits or deletes messages posted "
			+ "through it";

	private final WebexSimulator simulator;

	MessageRules(WebexSimulator simulator) {
		this.simulator = simulator;
	}

	/**
	 * Posts a message; a 403 for a read-only space, a 400 for a parent that is not a message of the space or is a
	 * reply itself.
	 */
	SimMessage create(SimulatedPerson author, SimRoom room, Content content, @Nullable String parentId,
			List<String> files, List<JsonNode> attachments) {
		if (room.readOnly()) {
			throw new ApiException(403, "This space is read-only: only moderators can post");
		}
		if (parentId != null) {
			MessageCatalog.Timeline timeline = this.simulator.messages().timeline(room);
			OptionalInt position = timeline.positionOf(parentId);
			if (position.isEmpty()) {
				throw ApiException.badRequest("parentId is not a message of this space");
			}
			if (timeline.at(position.getAsInt()).parentId() != null) {
				throw ApiException.badRequest("A reply cannot be replied to: reply to the thread's first message");
			}
		}
		Mentions.Rendered rendered = render(room, content);
		SimMessage message = this.simulator.messages()
			.add(new SimMessage(Ids.encode("MESSAGE", UUID.randomUUID()), room.id(), room.type(), rendered.text(),
					content.markdown(), rendered.html(), author.id(), author.email(), this.simulator.now(), parentId,
					rendered.mentionedPeople(), rendered.mentionedGroups(), files, attachments, null));
		if (room.shared()) {
			this.simulator.sharedSpaces().update(room.id(), (space) -> space.active(message.created()));
			this.simulator.directSpaces().active(room.id(), message.created());
		}
		this.simulator.messageCreated(room, message);
		return message;
	}

	/** The 1:1 space of {@code author} and the simulated person {@code target}, opened now if they have none. */
	SimRoom direct(int author, String target) {
		SimulatedPerson from = this.simulator.seed().person(author);
		if (target.equals(from.id()) || target.equalsIgnoreCase(from.email())) {
			throw ApiException.badRequest("You cannot send a direct message to yourself");
		}
		Optional<SimRoom> existing = existingDirect(author, target);
		if (existing.isPresent()) {
			return existing.get();
		}
		SimulatedPerson to = this.simulator.seed().person(this.simulator.personIndex(target));
		return this.simulator.directSpaces()
			.open(SimMember.of(from), SimMember.of(to), this.simulator.now())
			.room(from.id());
	}

	/** The 1:1 space of {@code person} with someone (by id or email), generated or opened by a message. */
	Optional<SimRoom> existingDirect(int person, String other) {
		// a generated 1:1 room counts only when the other one sees it too (Jordan, say, has no rooms at all)
		Optional<SimRoom> generated = this.simulator.rooms()
			.findDirect(person, this.simulator.roomCount(person), other)
			.filter((room) -> {
				OptionalInt peer = this.simulator.seed().indexOf(other);
				if (peer.isEmpty()) {
					peer = this.simulator.seed().indexOfEmail(other);
				}
				return peer.isPresent() && this.simulator.findRoom(peer.getAsInt(), room.id()).isPresent();
			});
		if (generated.isPresent()) {
			return generated;
		}
		String personId = this.simulator.seed().person(person).id();
		return this.simulator.directSpaces()
			.of(personId)
			.stream()
			.filter((room) -> room.members()
				.stream()
				.anyMatch((member) -> !member.id().equals(personId)
						&& (member.id().equals(other) || member.email().equalsIgnoreCase(other))))
			.findFirst();
	}

	/**
	 * Edits the author's own message in {@code room}: new text or Markdown (mentions parsed again) and
	 * {@code updated} set; a {@code messages}/{@code updated} event for everyone who sees the space.
	 */
	SimMessage edit(SimulatedPerson author, SimRoom room, String messageId, Content content) {
		SimMessage current = ownMessage(author, room, messageId);
		Mentions.Rendered rendered = render(room, content);
		SimMessage edited = this.simulator.messages()
			.replace(room.id(), messageId,
					(message) -> new SimMessage(message.id(), message.roomId(), message.roomType(), rendered.text(),
							content.markdown(), rendered.html(), message.personId(), message.personEmail(),
							message.created(), message.parentId(), rendered.mentionedPeople(),
							rendered.mentionedGroups(), message.files(), message.attachments(), this.simulator.now()))
			.orElseThrow(() -> notFound(current.id()));
		this.simulator.dispatch(this.simulator.viewers(room), "messages", "updated", author.id(), data(edited));
		return edited;
	}

	/** Deletes the author's own message; a {@code messages}/{@code deleted} event for everyone who sees the space. */
	void delete(SimulatedPerson author, String messageId) {
		int index = this.simulator.personIndex(author.id());
		Located located = locate(index, messageId).orElseThrow(() -> notFound(messageId));
		ownMessage(author, located.room(), messageId);
		SimMessage removed = this.simulator.messages()
			.remove(located.room().id(), messageId)
			.orElseThrow(() -> notFound(messageId));
		this.simulator.dispatch(this.simulator.viewers(located.room()), "messages", "deleted", author.id(),
				data(removed));
	}

	/** A message in one of the spaces {@code person} sees, with that space. */
	Optional<Located> locate(int person, String messageId) {
		Optional<String> roomId = this.simulator.messages().roomOf(messageId);
		if (roomId.isPresent()) {
			return this.simulator.findRoom(person, roomId.get()).flatMap((room) -> in(room, messageId));
		}
		// a generated message: its id does not say which of the person's rooms it is in
		int count = this.simulator.roomCount(person);
		for (int index = 0; index < count; index++) {
			Optional<Located> found = in(this.simulator.rooms().room(person, index), messageId);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** A {@code messages} event's data: ids and what filters look at, never the text. */
	static Map<String, Object> data(SimMessage message) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", message.id());
		data.put("roomId", message.roomId());
		data.put("roomType", message.roomType());
		if (message.parentId() != null) {
			data.put("parentId", message.parentId());
		}
		data.put("personId", message.personId());
		data.put("personEmail", message.personEmail());
		if (!message.mentionedPeople().isEmpty()) {
			data.put("mentionedPeople", message.mentionedPeople());
		}
		if (!message.mentionedGroups().isEmpty()) {
			data.put("mentionedGroups", message.mentionedGroups());
		}
		if (!message.files().isEmpty()) {
			data.put("files", message.files());
		}
		data.put("created", Json.timestamp(message.created()));
		return data;
	}

	private Optional<Located> in(SimRoom room, String messageId) {
		MessageCatalog.Timeline timeline = this.simulator.messages().timeline(room);
		OptionalInt position = timeline.positionOf(messageId);
		return position.isPresent() ? Optional.of(new Located(room, timeline.at(position.getAsInt())))
				: Optional.empty();
	}

	private SimMessage ownMessage(SimulatedPerson author, SimRoom room, String messageId) {
		SimMessage message = in(room, messageId).orElseThrow(() -> notFound(messageId)).message();
		if (!message.personId().equals(author.id())) {
			throw new ApiException(403, "Only the author of a message can edit or delete it");
		}
		if (this.simulator.messages().roomOf(messageId).isEmpty()) {
			throw new ApiException(403, GENERATED_MESSAGE_UNCHANGEABLE);
		}
		return message;
	}

	/** Text, HTML and mentions: Markdown is rendered with its mentions; plain text is taken as it is. */
	private Mentions.Rendered render(SimRoom room, Content content) {
		if (content.markdown() != null) {
			return Mentions.render(content.markdown(), (who) -> person(room, who));
		}
		return new Mentions.Rendered((content.text() != null) ? content.text() : "", null, List.of(), List.of());
	}

	/** A mentioned person: a member of the space, else any simulated person. */
	private Optional<SimMember> person(SimRoom room, String idOrEmail) {
		for (SimMember member : room.members()) {
			if (member.id().equals(idOrEmail) || member.email().equalsIgnoreCase(idOrEmail)) {
				return Optional.of(member);
			}
		}
		List<SimMember> found = new ArrayList<>(1);
		this.simulator.seed().indexOf(idOrEmail).ifPresent((i) -> found.add(SimMember.of(this.simulator.seed().person(i))));
		if (found.isEmpty()) {
			this.simulator.seed()
				.indexOfEmail(idOrEmail)
				.ifPresent((i) -> found.add(SimMember.of(this.simulator.seed().person(i))));
		}
		return found.stream().findFirst();
	}

	private static ApiException notFound(String messageId) {
		return ApiException.notFound("Could not find a message with provided ID.");
	}

	/** What a create or an edit sets: Markdown when given (then {@code text} is derived from it), else text. */
	record Content(@Nullable String text, @Nullable String markdown) {

		Content {
			if (markdown != null && markdown.isBlank()) {
				markdown = null;
			}
			if (text != null && text.isBlank()) {
				text = null;
			}
		}

	}

	/** A message and the space it is in. */
	record Located(SimRoom room, SimMessage message) {
	}

}
