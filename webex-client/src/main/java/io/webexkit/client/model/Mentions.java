package io.webexkit.client.model;

import org.jspecify.annotations.Nullable;

/**
 * Writes Webex's mention markup for a message's {@code markdown}: {@code <@personEmail:...>},
 * {@code <@personId:...|name>} and {@code <@all>}. Webex answers with the people's ids in
 * {@link Message#mentionedPeople()} (and {@code all} in {@link Message#mentionedGroups()}) and renders the name in
 * {@code text}. A name is shown as given, less what would end the markup ({@code <}, {@code >}, {@code |}) and control
 * characters; ids and addresses holding those are refused.
 */
public final class Mentions {

	private Mentions() {
	}

	/** Mentions the person of this e-mail address; Webex shows their display name. */
	public static String person(String email) {
		return "<@personEmail:" + email(email) + ">";
	}

	/** Mentions the person of this id, shown as {@code name}. */
	public static String person(String personId, String name) {
		return "<@personId:" + token(personId, "personId") + named(name) + ">";
	}

	/** Mentions the person of this e-mail address, shown as {@code name}. */
	public static String personEmail(String email, String name) {
		return "<@personEmail:" + email(email) + named(name) + ">";
	}

	/** Mentions everyone in the space. */
	public static String all() {
		return "<@all>";
	}

	/** The name as the markup can carry it: without {@code <>|} or control characters, spaces collapsed. */
	static String displayName(@Nullable String name) {
		Arguments.notNull(name, "name");
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().forEach((c) -> {
			if (c == '<' || c == '>' || c == '|' || Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
				kept.append(' ');
			}
			else {
				kept.appendCodePoint(c);
			}
		});
		return kept.toString().replaceAll("\\s+", " ").strip();
	}

	private static String named(String name) {
		String shown = displayName(name);
		return shown.isEmpty() ? "" : "|" + shown;
	}

	private static String email(@Nullable String email) {
		String value = token(email, "email");
		int at = value.indexOf('@');
		if (at < 1 || at == value.length() - 1) {
			throw new IllegalArgumentException("email must be an e-mail address");
		}
		return value;
	}

	private static String token(@Nullable String value, String name) {
		Arguments.text(value, name);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '<' || c == '>' || c == '|' || Character.isWhitespace(c) || Character.isISOControl(c)) {
				throw new IllegalArgumentException(name + " must not hold <, >, | or spaces");
			}
		}
		return value;
	}

}
