package io.webexkit.spring.login;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.ErrorMessages;
import io.webexkit.spring.WebexEndpoints;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests that a browser says come from another origin, before the CSRF token is even read:
 * {@code Sec-Fetch-Site} other than {@code same-origin} where the browser sends it, else an {@code Origin} other than
 * this app's own (the redirect URI's origin, which is where users reach it, or the origin the request was addressed
 * to). A page on another port of this host or on a sibling subdomain is same-site, so {@code SameSite=Lax} cookies
 * go along with its POSTs; these headers tell it apart. A request with neither header (not from a browser, or from a
 * very old one) is left to the CSRF token. The same rules as Go's {@code net/http.CrossOriginProtection}, stricter on
 * {@code Sec-Fetch-Site: none}: no form of this app is posted from a bookmark.
 */
public class SameOriginFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SameOriginFilter.class);

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	static final String MESSAGE = "This request came from another site, so it was refused and nothing changed. "
			+ "If you submitted a form of this app, reload the page and submit it again.";

	private final WebexEndpoints endpoints;

	public SameOriginFilter(WebexEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SAFE_METHODS.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		String origin = request.getHeader("Origin");
		boolean crossOrigin = (fetchSite != null) ? !"same-origin".equals(fetchSite.trim().toLowerCase(Locale.ROOT))
				: (origin != null && !ownOrigin(origin, request));
		if (crossOrigin) {
			log.info("Refused a {} to {} sent from another origin (Sec-Fetch-Site {}, Origin {})", request.getMethod(),
					request.getRequestURI(), printable(fetchSite), printable(origin));
			ErrorMessages.reject(request, response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean ownOrigin(String origin, HttpServletRequest request) {
		String claimed = origin.trim().toLowerCase(Locale.ROOT);
		return claimed.equals(origin(this.endpoints.redirectUri())) || claimed.equals(origin(request));
	}

	static String origin(URI uri) {
		return origin(uri.getScheme(), uri.getHost(), uri.getPort());
	}

	private static String origin(HttpServletRequest request) {
		return origin(request.getScheme(), request.getServerName(), request.getServerPort());
	}

	private static String origin(String scheme, String host, int port) {
		String s = scheme.toLowerCase(Locale.ROOT);
		boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
		String h = host.toLowerCase(Locale.ROOT);
		if (h.contains(":") && !h.startsWith("[")) {
			h = "[" + h + "]";
		}
		return s + "://" + h + (defaultPort ? "" : ":" + port);
	}

	/** A header value for the log: short, and nothing that could forge a log line. */
	private static String printable(@Nullable String value) {
		if (value == null) {
			return "(none)";
		}
		String cut = (value.length() > 100) ? value.substring(0, 100) + "..." : value;
		return cut.replaceAll("[^\\x20-\\x7e]", "?");
	}

}
