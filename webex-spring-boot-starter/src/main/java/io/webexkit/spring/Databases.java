package io.webexkit.spring;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** What a JDBC URL says about where the data lives. */
public final class Databases {

	private static final Pattern H2_PREFIX = Pattern.compile("^([a-z]{2,}):");

	private static final Pattern H2_AUTO_SERVER = Pattern.compile(";\\s*auto_server\\s*=\\s*true");

	private Databases() {
	}

	/**
	 * Whether a JDBC URL names an H2 database in this process alone: a file or in memory. H2's server modes
	 * ({@code tcp:}, {@code ssl:}) and {@code AUTO_SERVER=TRUE} let other processes share it, so they do not count;
	 * neither does any other database. Unset means the app's embedded default.
	 */
	public static boolean embedded(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return true;
		}
		String lower = url.strip().toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:h2:") || H2_AUTO_SERVER.matcher(lower).find()) {
			return false;
		}
		Matcher prefix = H2_PREFIX.matcher(lower.substring("jdbc:h2:".length()));
		return !prefix.find() || prefix.group(1).equals("file") || prefix.group(1).equals("mem");
	}

	public static boolean postgres(@Nullable String url) {
		return url != null && url.startsWith("jdbc:postgresql:");
	}

}
