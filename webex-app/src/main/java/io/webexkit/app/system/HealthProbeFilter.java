package io.webexkit.app.system;

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

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hides cookies from {@code /actuator/health} requests, so that no session is ever looked up for them: liveness must
 * not depend on the database (where sessions live), whoever asks and whatever cookie they send.
 */
class HealthProbeFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/actuator/health") || path.startsWith("/actuator/health/"));
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
