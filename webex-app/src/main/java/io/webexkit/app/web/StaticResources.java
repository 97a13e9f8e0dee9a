package io.webexkit.app.web;

/** The app's static files (under {@code static/} on the classpath): public, and they never need the session. */
public final class StaticResources {

	/** Path patterns of the static files, for request matchers. */
	public static final String[] PATTERNS = { "/css/**", "/img/**", "/js/**", "/favicon.ico" };

	private StaticResources() {
	}

	/** Whether a request URI (without context path) names a static file. */
	public static boolean isStatic(String uri) {
		return uri.startsWith("/css/") || uri.startsWith("/img/") || uri.startsWith("/js/")
				|| uri.equals("/favicon.ico");
	}

}
