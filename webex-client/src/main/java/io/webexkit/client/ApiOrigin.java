package io.webexkit.client;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * The configured API location: builds request URLs and decides which URLs may receive the token
 * (same scheme, host and port, under the base path).
 */
final class ApiOrigin {

	private final URI base;

	private final String basePath;

	ApiOrigin(URI baseUrl) {
		Checks.notNull(baseUrl, "baseUrl");
		String scheme = baseUrl.getScheme();
		if (!baseUrl.isAbsolute() || scheme == null
				|| !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
			throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
		}
		if (baseUrl.getHost() == null || baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null
				|| baseUrl.getRawFragment() != null) {
			throw new IllegalArgumentException("baseUrl must have a host and no user info, query or fragment");
		}
		String path = (baseUrl.getRawPath() != null) ? baseUrl.getRawPath() : "";
		this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		this.base = URI.create(scheme.toLowerCase(Locale.ROOT) + "://" + baseUrl.getRawAuthority() + this.basePath);
	}

	URI base() {
		return this.base;
	}

	/** {@code base + path + ?query}, encoding each value and skipping null ones. */
	URI uri(String path, Map<String, ? extends @Nullable Object> parameters) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		parameters.forEach((name, value) -> {
			if (value != null) {
				query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
			}
		});
		return URI.create(this.base + path + query);
	}

	/** A path segment such as an id, encoded so it can never add segments or a query. */
	static String segment(String value) {
		return URLEncoder.encode(Checks.notBlank(value, "id"), StandardCharsets.UTF_8).replace("+", "%20");
	}

	/** True when {@code uri} is on this origin and under the base path (optionally a resource). */
	boolean trusts(URI uri, String resourcePath) {
		if (!uri.isAbsolute() || uri.getRawUserInfo() != null || uri.getHost() == null
				|| !this.base.getScheme().equalsIgnoreCase(uri.getScheme())
				|| !this.base.getHost().equalsIgnoreCase(uri.getHost()) || port(this.base) != port(uri)) {
			return false;
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		String prefix = this.basePath + resourcePath;
		// "..": a path could climb out of the base after normalisation by a proxy or server.
		return !path.contains("..") && (path.equals(prefix) || path.startsWith(prefix + "/"));
	}

	/** Scheme, host and port only: enough to explain a refusal without echoing a query. */
	static String describeOrigin(URI uri) {
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	@Override
	public String toString() {
		return this.base.toString();
	}

}
