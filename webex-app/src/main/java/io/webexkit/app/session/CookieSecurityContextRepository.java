package io.webexkit.app.session;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The signed-in user comes from the session cookie ({@link SessionCookieFilter} opened it and checked it against the
 * person's session stamp), and goes back into the cookie when they sign in, as a new session with a new CSRF token;
 * signing out deletes it. Nothing about the session is stored on the server.
 */
class CookieSecurityContextRepository implements SecurityContextRepository {

	private static final List<GrantedAuthority> AUTHORITIES = AuthorityUtils.createAuthorityList("ROLE_USER");

	private final SessionCookieFilter cookies;

	private final Clock clock;

	CookieSecurityContextRepository(SessionCookieFilter cookies, Clock clock) {
		this.cookies = cookies;
		this.clock = clock;
	}

	@Override
	@Deprecated
	public SecurityContext loadContext(
			org.springframework.security.web.context.HttpRequestResponseHolder requestResponseHolder) {
		return loadDeferredContext(requestResponseHolder.getRequest()).get();
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		Supplier<SecurityContext> context = () -> session(request).map(CookieSecurityContextRepository::context)
			.orElseGet(SecurityContextHolder::createEmptyContext);
		return new Deferred(context);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		if (context.getAuthentication() instanceof OAuth2AuthenticationToken token) {
			Object current = request.getAttribute(SessionCookieFilter.ATTRIBUTE);
			if (current instanceof SignedInSession session && session.personId().equals(token.getName())) {
				return; // already in the cookie
			}
			SignedInSession session = SignedInSession.begin(token.getAuthorizedClientRegistrationId(), token.getName(),
					attribute(token.getPrincipal(), "displayName", token.getName()),
					token.getPrincipal().getAttribute("email"), this.clock.instant());
			request.setAttribute(SessionCookieFilter.ATTRIBUTE, session);
			this.cookies.write(request, response, session);
		}
		else if (context.getAuthentication() == null) {
			request.removeAttribute(SessionCookieFilter.ATTRIBUTE);
			this.cookies.delete(request, response);
		}
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return request.getAttribute(SessionCookieFilter.ATTRIBUTE) instanceof SignedInSession;
	}

	/** The request's session, as the session cookie filter found it. */
	static Optional<SignedInSession> session(HttpServletRequest request) {
		return (request.getAttribute(SessionCookieFilter.ATTRIBUTE) instanceof SignedInSession session)
				? Optional.of(session) : Optional.empty();
	}

	private static SecurityContext context(SignedInSession session) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("id", session.personId());
		attributes.put("displayName", session.displayName());
		if (session.email() != null) {
			attributes.put("email", session.email());
		}
		OAuth2User user = new DefaultOAuth2User(AUTHORITIES, attributes, "id");
		return new SecurityContextImpl(new OAuth2AuthenticationToken(user, AUTHORITIES, session.registrationId()));
	}

	private static String attribute(OAuth2User user, String name, String fallback) {
		Object value = user.getAttribute(name);
		return (value != null) ? value.toString() : fallback;
	}

	/** Loads once, when first asked. */
	private static final class Deferred implements DeferredSecurityContext {

		private final Supplier<SecurityContext> supplier;

		private @Nullable SecurityContext context;

		Deferred(Supplier<SecurityContext> supplier) {
			this.supplier = supplier;
		}

		@Override
		public SecurityContext get() {
			if (this.context == null) {
				this.context = this.supplier.get();
			}
			return this.context;
		}

		@Override
		public boolean isGenerated() {
			return get().getAuthentication() == null;
		}

	}

}
