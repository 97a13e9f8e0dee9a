package io.webexkit.client;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The one parser of RFC 8288 {@code Link} headers: several links per header or several headers,
 * quoted or unquoted {@code rel}, several relation types per {@code rel}, arbitrary spacing.
 */
final class LinkHeader {

	private final String text;

	private int pos;

	private LinkHeader(String text) {
		this.text = text;
	}

	/** The target of the first link whose relation types include {@code rel}, verbatim. */
	static Optional<String> find(List<String> headerValues, String rel) {
		for (String value : headerValues) {
			String target = new LinkHeader(value).find(rel);
			if (target != null) {
				return Optional.of(target);
			}
		}
		return Optional.empty();
	}

	private @Nullable String find(String wanted) {
		while (this.pos < this.text.length()) {
			skipSpaceAndCommas();
			if (this.pos >= this.text.length()) {
				break;
			}
			if (this.text.charAt(this.pos) != '<') {
				skipToNextLink();
				continue;
			}
			int end = this.text.indexOf('>', this.pos);
			if (end < 0) {
				return null;
			}
			String target = this.text.substring(this.pos + 1, end).trim();
			this.pos = end + 1;
			String rel = readParametersForRel();
			if (rel != null && hasRelation(rel, wanted)) {
				return target;
			}
			skipToNextLink();
		}
		return null;
	}

	/** Reads {@code ; name=value} pairs up to the end of this link; returns the first rel value. */
	private @Nullable String readParametersForRel() {
		String rel = null;
		while (true) {
			skipSpace();
			if (this.pos >= this.text.length() || this.text.charAt(this.pos) != ';') {
				return rel;
			}
			this.pos++;
			skipSpace();
			String name = readToken().toLowerCase(Locale.ROOT);
			skipSpace();
			String value = "";
			if (this.pos < this.text.length() && this.text.charAt(this.pos) == '=') {
				this.pos++;
				skipSpace();
				value = (this.pos < this.text.length() && this.text.charAt(this.pos) == '"') ? readQuoted() : readToken();
			}
			if (name.equals("rel") && rel == null) {
				rel = value;
			}
		}
	}

	private static boolean hasRelation(String rel, String wanted) {
		for (String type : rel.trim().split("\\s+")) {
			if (type.equalsIgnoreCase(wanted)) {
				return true;
			}
		}
		return false;
	}

	private String readToken() {
		int start = this.pos;
		while (this.pos < this.text.length() && ";,=".indexOf(this.text.charAt(this.pos)) < 0
				&& !Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
		return this.text.substring(start, this.pos);
	}

	private String readQuoted() {
		StringBuilder value = new StringBuilder();
		this.pos++;
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos++);
			if (c == '"') {
				break;
			}
			if (c == '\\' && this.pos < this.text.length()) {
				c = this.text.charAt(this.pos++);
			}
			value.append(c);
		}
		return value.toString();
	}

	/** Skips garbage up to the comma ending this link, ignoring commas inside quotes or brackets. */
	private void skipToNextLink() {
		boolean quoted = false;
		boolean bracketed = false;
		while (this.pos < this.text.length()) {
			char c = this.text.charAt(this.pos);
			if (c == ',' && !quoted && !bracketed) {
				return;
			}
			if (c == '"' && !bracketed) {
				quoted = !quoted;
			}
			else if (c == '<' && !quoted) {
				bracketed = true;
			}
			else if (c == '>' && !quoted) {
				bracketed = false;
			}
			this.pos++;
		}
	}

	private void skipSpace() {
		while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
			this.pos++;
		}
	}

	private void skipSpaceAndCommas() {
		while (this.pos < this.text.length()
				&& (this.text.charAt(this.pos) == ',' || Character.isWhitespace(this.text.charAt(this.pos)))) {
			this.pos++;
		}
	}

}
