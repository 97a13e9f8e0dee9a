package io.webexkit.spring;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Loopback host names as written in a URL: {@code localhost}, {@code 127.0.0.0/8} and {@code [::1]}. A literal check
 * that never resolves a name, so no DNS answer can make a remote host count as local.
 */
public final class LoopbackHosts {

	private static final Set<String> NAMES = Set.of("localhost", "[::1]", "::1", "[0:0:0:0:0:0:0:1]");

	private LoopbackHosts() {
	}

	/** Whether {@code host} (as {@link java.net.URI#getHost()} returns it) is a loopback host. */
	public static boolean isLoopback(@Nullable String host) {
		if (host == null) {
			return false;
		}
		String lower = host.toLowerCase(Locale.ROOT);
		if (NAMES.contains(lower)) {
			return true;
		}
		String[] octets = lower.split("\\.", -1);
		if (octets.length != 4 || !octets[0].equals("127")) {
			return false;
		}
		for (String octet : octets) {
			if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
				return false;
			}
		}
		return true;
	}

}
