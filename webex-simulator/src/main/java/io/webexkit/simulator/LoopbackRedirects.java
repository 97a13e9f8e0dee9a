package io.webexkit.simulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loopback redirect URIs registered without a port, which accept any port as RFC 8252 section 7.3 asks: a native or
 * test application listens wherever the system gives it a port. Only the port may differ; scheme, host, path and
 * query must be exactly the registered ones. Real Webex compares redirect URIs exactly; register a port to get that.
 */
final class LoopbackRedirects {

	private static final Set<String> HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

	private LoopbackRedirects() {
	}

	/** Whether {@code requested} is {@code registered} on some port, {@code registered} being portless loopback. */
	static boolean anyPortMatches(String registered, String requested) {
		Optional<URI> base = parse(registered).filter(LoopbackRedirects::portlessLoopback);
		Optional<URI> actual = parse(requested);
		if (base.isEmpty() || actual.isEmpty()) {
			return false;
		}
		URI r = base.get();
		URI a = actual.get();
		return "http".equalsIgnoreCase(a.getScheme()) && r.getHost().equalsIgnoreCase(a.getHost())
				&& a.getRawUserInfo() == null && a.getRawFragment() == null
				&& Objects.equals(r.getRawPath(), a.getRawPath()) && Objects.equals(r.getRawQuery(), a.getRawQuery());
	}

	/** Whether {@code registered} is a portless loopback URI, which accepts any port. */
	static boolean acceptsAnyPort(String registered) {
		return parse(registered).filter(LoopbackRedirects::portlessLoopback).isPresent();
	}

	private static boolean portlessLoopback(URI uri) {
		return "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
				&& HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT)) && uri.getPort() == -1
				&& uri.getRawUserInfo() == null && uri.getRawFragment() == null;
	}

	private static Optional<URI> parse(String value) {
		try {
			return Optional.of(new URI(value));
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
	}

}
