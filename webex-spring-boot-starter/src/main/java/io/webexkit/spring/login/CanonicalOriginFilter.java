package io.webexkit.spring.login;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.spring.WebexEndpoints;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Starts the grant on the redirect URI's own host. A flow started on {@code 127.0.0.1} and returning to
 * {@code localhost} would lose its session cookie (and so its {@code state}); only loopback aliases are rewritten,
 * so a proxy in front of the app can never cause a redirect loop.
 */
public class CanonicalOriginFilter extends OncePerRequestFilter {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	private final WebexEndpoints endpoints;

	public CanonicalOriginFilter(WebexEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !request.getRequestURI().startsWith(WebexEndpoints.AUTHORIZATION_BASE + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		URI canonical = this.endpoints.redirectUri();
		String host = request.getServerName();
		if (LOOPBACK.contains(host) && LOOPBACK.contains(canonical.getHost()) && !host.equals(canonical.getHost())
				&& request.getServerPort() == canonical.getPort()) {
			response.sendRedirect(UriComponentsBuilder.fromUri(canonical)
				.replacePath(request.getRequestURI())
				.replaceQuery(null)
				.build()
				.toUriString());
			return;
		}
		chain.doFilter(request, response);
	}

}
