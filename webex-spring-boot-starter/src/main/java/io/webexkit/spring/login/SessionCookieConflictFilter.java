package io.webexkit.spring.login;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.ErrorMessages;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request carrying two different session cookies is not trusted with either. The servlet container takes the first
 * one that names a live session, so a page on another port of this host, or on a sibling subdomain, that plants its
 * own signed-in session cookie with a narrower path (or for the parent domain) would make this browser act as the
 * attacker on those pages, while the others still show the victim (cookie tossing). Such a request goes no further:
 * it is answered with a page that says so, and the browser is asked to forget the site's cookies
 * ({@code Clear-Site-Data}). No cookie is deleted by name and no session ended: which value is the planted one cannot
 * be told, and deleting the app's own would leave the planted one to act alone. Over HTTPS the starter names the
 * session cookie with the {@code __Host-} prefix, which browsers keep only for path {@code /} and this host alone, so
 * nobody can plant one.
 */
public class SessionCookieConflictFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SessionCookieConflictFilter.class);

	static final String MESSAGE = "Your browser sent this app two different sessions at once. Another site of the "
			+ "same domain can plant one to make you act as someone else, so this request was refused and your "
			+ "browser was asked to forget this site's cookies. Sign in again. If this page comes back, clear this "
			+ "site's cookies in your browser's settings.";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String name = sessionCookieName(request);
		if (!conflicting(request.getCookies(), name)) {
			chain.doFilter(request, response);
			return;
		}
		log.info("A request carried two different {} cookies (a planted cookie); refused, and the browser asked to "
				+ "clear this site's cookies", name);
		response.setHeader("Clear-Site-Data", "\"cookies\"");
		ErrorMessages.reject(request, response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
	}

	private static String sessionCookieName(HttpServletRequest request) {
		SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
		return (config != null && config.getName() != null) ? config.getName() : "JSESSIONID";
	}

	private static boolean conflicting(Cookie[] cookies, String name) {
		if (cookies == null) {
			return false;
		}
		String first = null;
		for (Cookie cookie : cookies) {
			if (name.equals(cookie.getName())) {
				if (first == null) {
					first = cookie.getValue();
				}
				else if (!first.equals(cookie.getValue())) {
					return true;
				}
			}
		}
		return false;
	}

}
