package io.webexkit.app.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The app's cookies, written one way: {@code HttpOnly}, {@code SameSite=Lax} (Strict would drop them on the way back
 * from Webex), path {@code /}, and {@code Secure} over HTTPS or as {@code WEBEX_COOKIE_SECURE} says. A {@code Secure}
 * cookie's name carries the {@code __Host-} prefix: browsers then keep it only as this host set it (secure, path
 * {@code /}, no domain), so a sibling subdomain cannot plant one, nor can any page one with a narrower path, and only
 * that name is read.
 */
final class Cookies {

	/** Who is signed in (a {@link SignedInSession}, sealed). */
	static final String SESSION = "WEBEX_SESSION";

	/** The grant being started: {@code state}, PKCE verifier and the rest of the authorization request, sealed. */
	static final String PENDING_GRANT = "WEBEX_AUTH_STATE";

	/** A message for the next page (why a grant did not complete), sealed, short-lived. */
	static final String FLASH = "WEBEX_FLASH";

	/** The prefix browsers keep only on secure, host-only, path-{@code /} cookies. */
	static final String HOST_PREFIX = "__Host-";

	private final String secure;

	/** @param secure {@code auto}, {@code true} or {@code false} */
	Cookies(String secure) {
		this.secure = secure;
	}

	/** The cookie's name on this request: {@code __Host-} prefixed when it is written {@code Secure}. */
	String name(HttpServletRequest request, String name) {
		return secure(request) ? HOST_PREFIX + name : name;
	}

	/**
	 * Every value the browser sent under that name (prefixed as {@link #name} says), in its order. A browser sends
	 * more than one when another site of the same domain, or a page with a narrower path, has set one too (cookie
	 * tossing); the caller decides what that means for it.
	 */
	List<String> all(HttpServletRequest request, String name) {
		return values(request, name(request, name));
	}

	private static List<String> values(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return List.of();
		}
		List<String> values = new ArrayList<>(1);
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				values.add(cookie.getValue());
			}
		}
		return values;
	}

	/** @param maxAge how long the browser keeps it; null for a browser-session cookie */
	void write(HttpServletRequest request, HttpServletResponse response, String name, String value,
			@Nullable Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(name(request, name), value)
			.path("/")
			.httpOnly(true)
			.sameSite("Lax")
			.secure(secure(request));
		if (maxAge != null) {
			cookie.maxAge(maxAge);
		}
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
	}

	void delete(HttpServletRequest request, HttpServletResponse response, String name) {
		write(request, response, name, "", Duration.ZERO);
	}

	boolean secure(HttpServletRequest request) {
		return "auto".equals(this.secure) ? request.isSecure() : Boolean.parseBoolean(this.secure);
	}

}
