package io.webexkit.app.session;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF tokens bound to the signed-in session: the token is a random value sealed inside the session cookie, made at
 * sign-in, so a form is accepted only with the token of the very session it is posted in. A double-submit cookie
 * would not do: a page on another port of this host, or on a sibling subdomain, can set its own token cookie and post
 * the matching value. Signed out there is nothing to protect and nothing is stored: each page gets a fresh token that
 * no request can match, so a signed-out POST is refused.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

	/** The header scripts send the token in (the form field is {@code _csrf}). */
	static final String HEADER = "X-CSRF-TOKEN";

	static final String PARAMETER = "_csrf";

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		CsrfToken token = loadToken(request);
		return (token != null) ? token : new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString());
	}

	/** Nothing to store: a session's token lives in its cookie, and a signed-out token is never accepted. */
	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		return CookieSecurityContextRepository.session(request)
			.map((session) -> new DefaultCsrfToken(HEADER, PARAMETER, session.csrfToken()))
			.orElse(null);
	}

}
