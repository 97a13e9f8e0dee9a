package io.webexkit.app.spaces;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Turns a Webex next-page link into an opaque link parameter and back. Only the query travels through the browser;
 * the path and the API origin are always this app's own, so a forged parameter can at worst ask for another page of
 * the same listing, with the user's own grant.
 */
final class PageCursors {

	/** Generous for Webex cursors, small enough to keep a few of them in one link. */
	static final int MAX_LENGTH = 1024;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]+");

	private PageCursors() {
	}

	static String encode(URI next) {
		String query = (next.getRawQuery() != null) ? next.getRawQuery() : "";
		return Base64.getUrlEncoder().withoutPadding().encodeToString(query.getBytes(StandardCharsets.UTF_8));
	}

	static boolean wellFormed(String cursor) {
		return cursor.length() <= MAX_LENGTH && SHAPE.matcher(cursor).matches();
	}

	/**
	 * The page URL a cursor stands for.
	 * @param apiBaseUrl the configured REST API base
	 * @param path the listing, e.g. {@code /rooms}
	 * @throws BadRequestException when the cursor is not one this app made
	 */
	static URI decode(String cursor, URI apiBaseUrl, String path) {
		if (!wellFormed(cursor)) {
			throw invalid();
		}
		String query;
		try {
			query = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		// printable ASCII only: a percent-encoded query, nothing that could change the path or the host
		if (query.isEmpty() || !query.chars().allMatch((c) -> c > 0x20 && c < 0x7f && c != '#')) {
			throw invalid();
		}
		try {
			return URI.create(apiBaseUrl + path + "?" + query);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
	}

	private static BadRequestException invalid() {
		return new BadRequestException("This page link is not valid. Start again from the first page.");
	}

}
