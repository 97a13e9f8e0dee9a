package io.webexkit.app.session;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import io.webexkit.app.web.StaticResources;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides cookies from requests that never need the session, so that none is looked up for them (Spring Session reads
 * the session named by the cookie as soon as anything asks for the requested session id):
 * <ul>
 * <li>{@code /actuator/health}: liveness must not depend on the database (where sessions live), whoever asks and
 * whatever cookie they send;</li>
 * <li>static files: a page's stylesheet, images and scripts would otherwise each read the session from the
 * database.</li>
 * </ul>
 */
class SessionFreePathsFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/actuator/health") || path.startsWith("/actuator/health/")
				|| StaticResources.isStatic(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public Cookie @Nullable [] getCookies() {
				return null;
			}

			@Override
			public @Nullable String getHeader(String name) {
				return "Cookie".equalsIgnoreCase(name) ? null : super.getHeader(name);
			}

			@Override
			public Enumeration<String> getHeaders(String name) {
				return "Cookie".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
			}

		}, response);
	}

}
