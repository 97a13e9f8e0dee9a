package io.webexkit.spring.login;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.spring.WebexEndpoints;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code /oauth2/authorization/{id}} with the app's not-found page when {@code id} is not the active mode's
 * registration. Spring Security would otherwise fail to resolve it, log the failure with a stack trace and answer
 * 500, for a request that is merely a wrong address (or the other mode's GRANT link, bookmarked).
 */
public class UnknownRegistrationFilter extends OncePerRequestFilter {

	private static final String PREFIX = WebexEndpoints.AUTHORIZATION_BASE + "/";

	private final WebexEndpoints endpoints;

	public UnknownRegistrationFilter(WebexEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// a further segment does not name a registration: Spring Security leaves such paths alone
		return !path.startsWith(PREFIX) || path.indexOf('/', PREFIX.length()) >= 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.substring(PREFIX.length()).equals(this.endpoints.registrationId())) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
