package io.webexkit.app.session;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.app.web.StaticResources;
import io.webexkit.spring.ErrorMessages;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the session cookie once per request: a cookie that does not open (altered, another registration's, another
 * purpose's), or whose session is past its idle or absolute lifetime, or was ended by logging out (the person's
 * session stamp: one primary-key read), is deleted; a valid one is handed to the security context (as a request
 * attribute) and rewritten when its last renewal is a minute old, which keeps the idle timeout sliding. Static files
 * and health probes skip all of it.
 * <p>
 * A browser sends several cookies of one name when another site of the same domain, or a page of another port of this
 * host, planted one with a narrower path or a parent domain (cookie tossing). Planted values that do not open change
 * nothing. Values that open for two different people mean someone planted their own valid session to make this
 * browser act as them: the request is treated as signed out and answered with a page that says so, with
 * {@code Clear-Site-Data: "cookies"} so that the browser drops every cookie of the site, the planted ones included.
 * No cookie is deleted by name: that could only delete this app's own (the planted one has another path or domain),
 * leaving the planted one to act alone. Over HTTPS the {@code __Host-} prefix keeps anyone from planting one.
 */
class SessionCookieFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = SignedInSession.class.getName();

	/** How far the recorded last use may lag behind: a page view within it writes no cookie. */
	static final Duration RENEWAL_GRANULARITY = Duration.ofMinutes(1);

	static final String CONFLICT_MESSAGE = "Your browser sent this app the sign-ins of two different people at once. "
			+ "Another site of the same domain can plant one to make you act as someone else, so this request was "
			+ "treated as signed out and your browser was asked to forget this site's cookies. Sign in again with "
			+ "GRANT. If this page comes back, clear this site's cookies in your browser's settings.";

	private static final Logger log = LoggerFactory.getLogger(SessionCookieFilter.class);

	private final SealedValues sealed;

	private final Cookies cookies;

	private final SessionStamps stamps;

	private final String registrationId;

	private final Clock clock;

	private final Duration idleTimeout;

	private final Duration absoluteTimeout;

	/**
	 * @param registrationId the registration this instance signs people in with: a session of another one (a
	 * simulated Webex's, say) does not open
	 */
	SessionCookieFilter(SealedValues sealed, Cookies cookies, SessionStamps stamps, String registrationId, Clock clock,
			Duration idleTimeout, Duration absoluteTimeout) {
		this.sealed = sealed;
		this.cookies = cookies;
		this.stamps = stamps;
		this.registrationId = registrationId;
		this.clock = clock;
		this.idleTimeout = idleTimeout;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/actuator/health") || StaticResources.isStatic(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> values = this.cookies.all(request, Cookies.SESSION);
		if (!values.isEmpty()) {
			Instant now = this.clock.instant();
			List<SignedInSession> alive = alive(values, now);
			if (alive.isEmpty()) {
				delete(request, response);
			}
			else if (alive.stream().anyMatch((session) -> !session.samePerson(alive.get(0)))) {
				log.info("A request carried the session cookies of two different people (a planted cookie); "
						+ "treated as signed out and the browser asked to clear this site's cookies");
				response.setHeader("Clear-Site-Data", "\"cookies\"");
				ErrorMessages.reject(request, response, HttpServletResponse.SC_BAD_REQUEST, CONFLICT_MESSAGE);
				return;
			}
			else if (ended(alive.get(0))) {
				delete(request, response);
			}
			else {
				SignedInSession session = alive.get(0);
				request.setAttribute(ATTRIBUTE, session);
				if (session.renewedAt().plus(RENEWAL_GRANULARITY).isBefore(now)) {
					write(request, response, session.renewedAt(now));
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** Writes the session cookie: a browser-session cookie, ended server-side by the timeouts and the stamps. */
	void write(HttpServletRequest request, HttpServletResponse response, SignedInSession session) {
		this.cookies.write(request, response, Cookies.SESSION, this.sealed.seal(session.encode()), null);
	}

	void delete(HttpServletRequest request, HttpServletResponse response) {
		this.cookies.delete(request, response, Cookies.SESSION);
	}

	/** The sessions among {@code values} that open, are this registration's and are within their lifetimes. */
	private List<SignedInSession> alive(List<String> values, Instant now) {
		List<SignedInSession> alive = new ArrayList<>(values.size());
		for (String value : values) {
			Optional<SignedInSession> session = this.sealed.open(value).flatMap(SignedInSession::decode);
			if (session.isPresent() && this.registrationId.equals(session.get().registrationId())
					&& alive(session.get(), now)) {
				alive.add(session.get());
			}
		}
		return alive;
	}

	private boolean alive(SignedInSession session, Instant now) {
		return now.isBefore(session.renewedAt().plus(this.idleTimeout))
				&& now.isBefore(session.issuedAt().plus(this.absoluteTimeout));
	}

	/** Whether the person's sessions were ended (they logged out somewhere) after this one began. */
	private boolean ended(SignedInSession session) {
		Optional<Instant> validSince = this.stamps.validSince(session.personId());
		return validSince.isPresent() && SessionValidity.ended(session.issuedAt(), validSince.get());
	}

}
