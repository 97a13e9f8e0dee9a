package io.webexkit.client;

import java.time.Instant;

import io.webexkit.client.model.Room;
import io.webexkit.client.model.RoomType;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a {@link Room} field by field. A list of rooms is what nearly every page view reads (100 rooms, about 48 kB);
 * through a {@code @JsonCreator} Jackson buffers the properties, looks each up in a map, keeps the loosely typed
 * {@code errors} in a token buffer and calls the creator by reflection, which together cost more than the HTTP call.
 * A description Webex cannot decrypt is dropped as the title is. Same rules as the rest of the client: unknown fields
 * are skipped, missing ones are null (false for booleans), an unknown room type is null, and a value of the wrong JSON
 * type makes the response unreadable.
 */
final class RoomReader extends ValueDeserializer<Room> {

	private static final int TITLE = 1;

	private static final int DESCRIPTION = 2;

	@Override
	public Room deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.START_OBJECT)) {
			return (Room) context.handleUnexpectedToken(Room.class, parser);
		}
		String id = null;
		String title = null;
		RoomType type = null;
		boolean isLocked = false;
		String teamId = null;
		Instant lastActivity = null;
		Instant created = null;
		String creatorId = null;
		String ownerId = null;
		String classificationId = null;
		boolean isAnnouncementOnly = false;
		boolean isReadOnly = false;
		boolean isPublic = false;
		Instant madePublic = null;
		String description = null;
		boolean titleUnreadable = false;
		boolean descriptionUnreadable = false;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken value = parser.nextToken();
			switch (name) {
				case "id" -> id = string(parser, context);
				case "title" -> title = string(parser, context);
				case "type" -> type = type(string(parser, context));
				case "isLocked" -> isLocked = bool(parser, context);
				case "teamId" -> teamId = string(parser, context);
				case "lastActivity" -> lastActivity = instant(parser, context);
				case "created" -> created = instant(parser, context);
				case "creatorId" -> creatorId = string(parser, context);
				case "ownerId" -> ownerId = string(parser, context);
				case "classificationId" -> classificationId = string(parser, context);
				case "isAnnouncementOnly" -> isAnnouncementOnly = bool(parser, context);
				case "isReadOnly" -> isReadOnly = bool(parser, context);
				case "isPublic" -> isPublic = bool(parser, context);
				case "madePublic" -> madePublic = instant(parser, context);
				case "description" -> description = string(parser, context);
				// Any per-item error on the title (kms_failure is the one seen) means its text is not trustworthy; an
				// unexpected shape of "errors" never fails a page.
				case "errors" -> {
					int errors = (value == JsonToken.START_OBJECT) ? fieldErrors(parser) : skip(parser);
					titleUnreadable = (errors & TITLE) != 0;
					descriptionUnreadable = (errors & DESCRIPTION) != 0;
				}
				default -> parser.skipChildren();
			}
		}
		return new Room(id, titleUnreadable ? null : title, titleUnreadable, type, isLocked, teamId, lastActivity,
				created, creatorId, ownerId, classificationId, isAnnouncementOnly, isReadOnly, isPublic, madePublic,
				descriptionUnreadable ? null : description);
	}

	private static @Nullable String string(JsonParser parser, DeserializationContext context) {
		return switch (parser.currentToken()) {
			case VALUE_STRING -> parser.getString();
			case VALUE_NULL -> null;
			default -> (String) context.handleUnexpectedToken(String.class, parser);
		};
	}

	/** As {@code RoomType}'s own creator reads it: case-insensitively, and null when unknown. */
	private static @Nullable RoomType type(@Nullable String value) {
		for (RoomType type : RoomType.values()) {
			if (type.name().equalsIgnoreCase(value)) { // value() is the lower-case name
				return type;
			}
		}
		return null;
	}

	private static boolean bool(JsonParser parser, DeserializationContext context) {
		return switch (parser.currentToken()) {
			case VALUE_TRUE -> true;
			case VALUE_FALSE, VALUE_NULL -> false;
			default -> (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
		};
	}

	private static @Nullable Instant instant(JsonParser parser, DeserializationContext context) {
		return parser.hasToken(JsonToken.VALUE_NULL) ? null : InstantDeserializer.read(parser, context);
	}

	/** Which of the encrypted fields the {@code errors} object reports; leaves the parser at its end. */
	private static int fieldErrors(JsonParser parser) {
		int found = 0;
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			JsonToken value = parser.nextToken();
			if (value != JsonToken.VALUE_NULL) {
				found |= "title".equals(name) ? TITLE : "description".equals(name) ? DESCRIPTION : 0;
			}
			parser.skipChildren();
		}
		return found;
	}

	private static int skip(JsonParser parser) {
		parser.skipChildren();
		return 0;
	}

}
