package io.webexkit.client.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/** Kind of Webex space: a 1:1 ({@code direct}) or a group space. */
public enum RoomType {

	GROUP, DIRECT;

	/** The value Webex uses on the wire. */
	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Null for a value this client does not know, so a new Webex type never fails a read. */
	@JsonCreator
	static @Nullable RoomType fromValue(@Nullable String value) {
		for (RoomType type : values()) {
			if (type.value().equalsIgnoreCase(value)) {
				return type;
			}
		}
		return null;
	}

}
