package io.webexkit.app.spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the spaces pages' HTML as a user's eyes would: rows, their kinds and times, and the paging links. */
final class SpacesPages {

	private static final Pattern ROW = Pattern.compile("<td class=\"title\"><a href=\"/spaces/([^\"]+)\">");

	private static final Pattern KIND = Pattern.compile("<td><span class=\"tag\">([^<]+)</span></td>");

	private static final Pattern TIME = Pattern.compile("<td><time datetime=\"([^\"]+)\"");

	private SpacesPages() {
	}

	static List<String> roomIds(String html) {
		return all(ROW, html);
	}

	static List<String> kinds(String html) {
		return all(KIND, html);
	}

	static List<String> times(String html) {
		return all(TIME, html);
	}

	/** The {@code href} of the link with this {@code rel}, unescaped as a browser would. */
	static Optional<String> link(String html, String rel) {
		Matcher m = Pattern.compile("<a rel=\"" + rel + "\" href=\"([^\"]+)\">").matcher(html);
		return m.find() ? Optional.of(m.group(1).replace("&amp;", "&")) : Optional.empty();
	}

	private static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(html);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

}
