package io.webexkit.app.session;

import java.io.ObjectInputFilter;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a stored session attribute may hold: exactly the classes this app's sessions hold (found by recording every
 * class the whole test suite's sessions read back: sign-in, pending grant, CSRF token, saved request), within limits
 * on nesting, references, array length and size. Anything else is refused before it is read, so a row written by
 * someone else cannot run code in the JVM that holds the token key. One instance per attribute read; it remembers why
 * it refused.
 */
final class SessionAttributeFilter implements ObjectInputFilter {

	static final int MAX_BYTES = 64 * 1024;

	static final int MAX_DEPTH = 12;

	static final int MAX_REFERENCES = 10_000;

	static final int MAX_ARRAY_LENGTH = 10_000;

	static final Set<String> ALLOWED = Set.of(
			// the signed-in user: Spring Security's context with the OAuth2 login and its authorities
			"org.springframework.security.core.context.SecurityContextImpl",
			"org.springframework.security.authentication.AbstractAuthenticationToken",
			"org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken",
			"org.springframework.security.oauth2.core.user.DefaultOAuth2User",
			"org.springframework.security.core.authority.SimpleGrantedAuthority",
			"org.springframework.security.core.authority.FactorGrantedAuthority",
			"org.springframework.security.web.authentication.WebAuthenticationDetails",
			// the pending grant (state, PKCE verifier) and the CSRF token
			"org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest",
			"org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponseType",
			"org.springframework.security.oauth2.core.AuthorizationGrantType",
			"org.springframework.security.web.csrf.DefaultCsrfToken",
			// the request that needed a sign-in
			"org.springframework.security.web.savedrequest.DefaultSavedRequest",
			"org.springframework.security.web.savedrequest.SavedCookie", "java.util.Locale",
			"java.lang.String$CaseInsensitiveComparator",
			// what those are made of
			"java.lang.Number", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.time.Ser",
			"java.time.Instant", "java.util.ArrayList", "java.util.HashMap", "java.util.HashSet",
			"java.util.LinkedHashMap", "java.util.LinkedHashSet", "java.util.TreeMap",
			"java.util.Collections$UnmodifiableCollection", "java.util.Collections$UnmodifiableList",
			"java.util.Collections$UnmodifiableRandomAccessList", "java.util.Collections$UnmodifiableSet",
			"java.util.Collections$UnmodifiableMap",
			// arrays: parameter values, and the tables ArrayList and HashMap size-check while reading
			"[Ljava.lang.String;", "[Ljava.lang.Object;", "[Ljava.util.Map$Entry;");

	private @Nullable String refusal;

	@Override
	public Status checkInput(FilterInfo info) {
		if (info.depth() > MAX_DEPTH) {
			return refuse("objects nested deeper than " + MAX_DEPTH);
		}
		if (info.references() > MAX_REFERENCES) {
			return refuse("more than " + MAX_REFERENCES + " references");
		}
		if (info.arrayLength() > MAX_ARRAY_LENGTH) {
			return refuse("an array longer than " + MAX_ARRAY_LENGTH);
		}
		if (info.streamBytes() > MAX_BYTES) {
			return refuse("more than " + MAX_BYTES + " bytes");
		}
		Class<?> type = info.serialClass();
		if (type == null || ALLOWED.contains(type.getName())) {
			return Status.ALLOWED;
		}
		return refuse(type.getName());
	}

	private Status refuse(String why) {
		this.refusal = why;
		return Status.REJECTED;
	}

	/** What was refused (a class name or a limit), if anything. */
	@Nullable String refusal() {
		return this.refusal;
	}

}
