package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Webex's Messages API: list (newest first, paged with {@code beforeMessage}, with Webex's filters), the 1:1 list,
 * get, create (as JSON, or as a multipart upload with one file), edit and delete.
 */
@Controller
class MessagesController {

	static final int MAX_MESSAGE_BYTES = 7439;

	private static final List<String> READ = List.of("spark:messages_read", "spark:all");

	private static final List<String> WRITE = List.of("spark:messages_write", "spark:all");

	private final WebexSimulator simulator;

	private final ApiSupport api;

	MessagesController(WebexSimulator simulator) {
		this.simulator = simulator;
		this.api = new ApiSupport(simulator);
	}

	/**
	 * A space's messages, newest first, replies included; {@code parentId} keeps a thread's replies,
	 * {@code mentionedPeople} ({@code me} or the caller's own id, as Webex allows) those that mention the caller,
	 * {@code before} and {@code beforeMessage} those older than a time or a message. Next links carry the filters
	 * (except {@code mentionedPeople} with the link-defects knob on, as Webex has been seen to drop it).
	 */
	@GetMapping("/v1/messages")
	ResponseEntity<byte[]> list(HttpServletRequest request) {
		return this.api.call(request, READ, (caller) -> {
			String roomId = request.getParameter("roomId");
			if (roomId == null || roomId.isEmpty()) {
				throw ApiException.badRequest("roomId is required");
			}
			int max = Links.max(request.getParameter("max"), this.simulator.behavior().defaultMessagesPageSize());
			SimRoom room = RoomsController.findRoom(this.simulator, caller, roomId);
			MessageFilter filter = MessageFilter.of(request, caller);
			MessageCatalog.Timeline timeline = this.simulator.messages().timeline(room);
			int position = 0;
			String beforeMessage = request.getParameter("beforeMessage");
			if (beforeMessage != null) {
				position = timeline.positionOf(beforeMessage)
					.orElseThrow(() -> ApiException.badRequest("beforeMessage is not a message of this room")) + 1;
			}
			Instant before = before(request.getParameter("before"));
			while (before != null && position < timeline.size() && !timeline.at(position).created().isBefore(before)) {
				position++;
			}
			List<Map<String, Object>> items = new ArrayList<>();
			SimMessage last = null;
			while (position < timeline.size() && items.size() < max) {
				SimMessage message = timeline.at(position++);
				if (filter.test(message)) {
					last = message;
					items.add(item(message));
				}
			}
			String next = null;
			if (last != null && position < timeline.size()) {
				Map<String, String> query = new LinkedHashMap<>();
				query.put("roomId", roomId);
				filter.query(query, this.simulator.behavior().linkDefects());
				query.put("max", this.simulator.behavior().linkDefects() ? "null" : Integer.toString(max));
				query.put("beforeMessage", last.id());
				next = Links.next(request, query);
			}
			return new ApiSupport.Page(items, next);
		});
	}

	/**
	 * The messages of the caller's 1:1 space with a person ({@code personId} or {@code personEmail}), newest first;
	 * {@code parentId} keeps a thread. None when they have no such space yet; a 404 for someone Webex does not know.
	 */
	@GetMapping("/v1/messages/direct")
	ResponseEntity<byte[]> direct(HttpServletRequest request) {
		return this.api.call(request, READ, (caller) -> {
			String personId = request.getParameter("personId");
			String personEmail = request.getParameter("personEmail");
			if ((personId == null) == (personEmail == null)) {
				throw ApiException.badRequest("Exactly one of personId or personEmail is required");
			}
			String other = (personId != null) ? personId : personEmail;
			Optional<SimRoom> room = this.simulator.messageRules().existingDirect(caller.index(), other);
			if (room.isEmpty()) {
				this.simulator.personIndex(other);
			}
			MessageFilter filter = MessageFilter.of(request, caller);
			List<Map<String, Object>> items = new ArrayList<>();
			if (room.isPresent()) {
				MessageCatalog.Timeline timeline = this.simulator.messages().timeline(room.get());
				for (int position = 0; position < timeline.size(); position++) {
					if (filter.test(timeline.at(position))) {
						items.add(item(timeline.at(position)));
					}
				}
			}
			return new ApiSupport.Page(items, null);
		});
	}

	/**
	 * One message by id, when it is in one of the caller's spaces (Webex answers 404 otherwise, as for a message
	 * that does not exist). A webhook's {@code messages} event carries only ids: this is how its text is read.
	 */
	@GetMapping("/v1/messages/{messageId}")
	ResponseEntity<byte[]> get(HttpServletRequest request, @PathVariable String messageId) {
		return this.api.call(request, READ, (caller) -> item(this.simulator.messageRules()
			.locate(caller.index(), messageId)
			.orElseThrow(() -> ApiException.notFound("Could not find a message with provided ID."))
			.message()));
	}

	/**
	 * Posts to a space ({@code roomId}) or to a person ({@code toPersonId} or {@code toPersonEmail}, opening the 1:1
	 * space on the first message), optionally as a reply ({@code parentId}), with one file and one card at most.
	 */
	@PostMapping("/v1/messages")
	ResponseEntity<byte[]> post(HttpServletRequest request, @RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			return create(request, caller, RequestBodies.text(json, "roomId"), RequestBodies.text(json, "toPersonId"),
					RequestBodies.text(json, "toPersonEmail"), RequestBodies.text(json, "parentId"),
					new MessageRules.Content(RequestBodies.text(json, "text"), RequestBodies.text(json, "markdown")),
					MessageAttachments.files(json),
					MessageAttachments.cards(json, this.simulator.behavior().maxCardBytes()));
		});
	}

	/**
	 * The multipart form of create: the same fields as form fields and one {@code files} part, as Webex takes an
	 * upload. Parts are spooled by the servlet container ({@code spring.servlet.multipart.*} of the host sets the
	 * limits; the standalone server takes Webex's 100 MB).
	 */
	@PostMapping(path = "/v1/messages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<byte[]> upload(HttpServletRequest request) {
		return this.api.call(request, WRITE, (caller) -> {
			if (!(request instanceof MultipartHttpServletRequest multipart)) {
				throw ApiException.badRequest("This server does not read multipart requests: enable Spring's "
						+ "multipart support to upload files");
			}
			List<MultipartFile> parts = multipart.getFiles("files");
			if (parts.size() > 1) {
				throw ApiException.badRequest("Only one file is supported per message");
			}
			List<MessageAttachments.FileSource> files = new ArrayList<>();
			for (MultipartFile part : parts) {
				String name = (part.getOriginalFilename() != null) ? part.getOriginalFilename() : "file";
				files.add(new MessageAttachments.FileSource(name, part.getContentType(), part::getInputStream));
			}
			return create(request, caller, field(multipart, "roomId"), field(multipart, "toPersonId"),
					field(multipart, "toPersonEmail"), field(multipart, "parentId"),
					new MessageRules.Content(field(multipart, "text"), field(multipart, "markdown")), files,
					List.of());
		});
	}

	private static @Nullable String field(MultipartHttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return (value == null || value.isEmpty()) ? null : value;
	}

	/** Edits one's own message: {@code roomId} and the new {@code text} or {@code markdown}. */
	@PutMapping("/v1/messages/{messageId}")
	ResponseEntity<byte[]> edit(HttpServletRequest request, @PathVariable String messageId,
			@RequestBody(required = false) @Nullable String body) {
		return this.api.call(request, WRITE, (caller) -> {
			JsonNode json = RequestBodies.object(body);
			SimRoom room = RoomsController.findRoom(this.simulator, caller, RequestBodies.requiredText(json, "roomId"));
			MessageRules.Content content = new MessageRules.Content(RequestBodies.text(json, "text"),
					RequestBodies.text(json, "markdown"));
			checkContent(content.text(), content.markdown());
			return item(this.simulator.messageRules().edit(caller.person(), room, messageId, content));
		});
	}

	/** Deletes one's own message: a 403 for someone else's, a 404 once it is gone. */
	@DeleteMapping("/v1/messages/{messageId}")
	ResponseEntity<byte[]> delete(HttpServletRequest request, @PathVariable String messageId) {
		return this.api.call(request, WRITE, (caller) -> {
			this.simulator.messageRules().delete(caller.person(), messageId);
			return new ApiSupport.NoContent();
		});
	}

	/** The create both the JSON and the multipart form of {@code POST /v1/messages} come to. */
	Map<String, Object> create(HttpServletRequest request, ApiSupport.Caller caller, @Nullable String roomId,
			@Nullable String toPersonId, @Nullable String toPersonEmail, @Nullable String parentId,
			MessageRules.Content content, List<MessageAttachments.FileSource> files, List<JsonNode> cards) {
		if (Stream.of(roomId, toPersonId, toPersonEmail).filter((v) -> v != null).count() != 1) {
			throw ApiException.badRequest("Exactly one of roomId, toPersonId or toPersonEmail is required");
		}
		if (files.isEmpty()) {
			checkContent(content.text(), content.markdown());
		}
		else {
			checkLength(content.text(), content.markdown());
		}
		if (!cards.isEmpty() && content.text() == null && content.markdown() == null) {
			throw ApiException.badRequest("A card needs text or markdown as the fallback for clients that cannot "
					+ "render it");
		}
		SimRoom room;
		if (roomId != null) {
			room = RoomsController.findRoom(this.simulator, caller, roomId);
		}
		else {
			room = this.simulator.messageRules().direct(caller.index(), (toPersonId != null) ? toPersonId : toPersonEmail);
		}
		List<String> urls = new ArrayList<>();
		for (MessageAttachments.FileSource file : files) {
			urls.add(ContentsController.url(request, this.simulator.storeFile(room, file)));
		}
		SimMessage message = this.simulator.messageRules()
			.create(caller.person(), room, content, parentId, urls, cards);
		Map<String, Object> item = item(message);
		if (toPersonId != null) {
			item.put("toPersonId", toPersonId);
		}
		if (toPersonEmail != null) {
			item.put("toPersonEmail", toPersonEmail);
		}
		return item;
	}

	/** A 400 unless there is text or Markdown and neither is longer than Webex allows. */
	static void checkContent(@Nullable String text, @Nullable String markdown) {
		if ((text == null || text.isBlank()) && (markdown == null || markdown.isBlank())) {
			throw ApiException.badRequest("text or markdown is required");
		}
		checkLength(text, markdown);
	}

	/** A 400 when the text or the Markdown is longer than Webex allows. */
	static void checkLength(@Nullable String text, @Nullable String markdown) {
		for (String content : new String[] { text, markdown }) {
			if (content != null && content.getBytes(StandardCharsets.UTF_8).length > MAX_MESSAGE_BYTES) {
				throw ApiException.badRequest("The message exceeds the maximum of " + MAX_MESSAGE_BYTES + " bytes");
			}
		}
	}

	private static @Nullable Instant before(@Nullable String value) {
		try {
			return (value != null) ? Instant.parse(value) : null;
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("before must be an ISO-8601 timestamp");
		}
	}

	static Map<String, Object> item(SimMessage message) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", message.id());
		item.put("roomId", message.roomId());
		item.put("roomType", message.roomType());
		if (message.parentId() != null) {
			item.put("parentId", message.parentId());
		}
		item.put("text", message.text());
		if (message.markdown() != null) {
			item.put("markdown", message.markdown());
		}
		if (message.html() != null) {
			item.put("html", message.html());
		}
		if (!message.files().isEmpty()) {
			item.put("files", message.files());
		}
		if (!message.attachments().isEmpty()) {
			item.put("attachments", message.attachments());
		}
		item.put("personId", message.personId());
		item.put("personEmail", message.personEmail());
		if (!message.mentionedPeople().isEmpty()) {
			item.put("mentionedPeople", message.mentionedPeople());
		}
		if (!message.mentionedGroups().isEmpty()) {
			item.put("mentionedGroups", message.mentionedGroups());
		}
		item.put("created", Json.timestamp(message.created()));
		if (message.updated() != null) {
			item.put("updated", Json.timestamp(message.updated()));
		}
		return item;
	}

}
