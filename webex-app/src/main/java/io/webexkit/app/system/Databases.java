package io.webexkit.app.system;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** What a JDBC URL says about where the data lives. */
public final class Databases {

	private Databases() {
	}

	/**
	 * True for an H2 database in this process alone (a file or memory database). An H2 server ({@code tcp:},
	 * {@code ssl:}) or a file opened with {@code AUTO_SERVER} can be shared by several processes, so it is not.
	 */
	public static boolean embedded(@Nullable String url) {
		if (url == null) {
			return true; // the app's own default: an H2 file in the data directory
		}
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:")
				&& !lower.replace(" ", "").contains(";auto_server=true");
	}

	public static boolean postgres(@Nullable String url) {
		return url != null && url.startsWith("jdbc:postgresql:");
	}

}
