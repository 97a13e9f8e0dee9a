package io.webexkit.spring.login;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.ErrorMessages;
import io.webexkit.spring.WebexEndpoints;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects malformed callbacks before Spring Security looks at them: a duplicated {@code code}/{@code state}/
 * {@code error} parameter (which would otherwise be read first-wins), or absurd values. Nothing reaches the token
 * endpoint.
 */
public class CallbackGuardFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(CallbackGuardFilter.class);

	private static final List<String> SINGLE_VALUED = List.of("code", "state", "error", "error_description");

	private static final int MAX_VALUE_LENGTH = 2048;

	private final WebexEndpoints endpoints;

	public CallbackGuardFilter(WebexEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !this.endpoints.callbackPath().equals(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem != null) {
			log.warn("Security event: callback rejected before any token request: {}", problem);
			ErrorMessages.reject(request, response, HttpServletResponse.SC_BAD_REQUEST,
					"This sign-in link is malformed, so it was not used. Start again with GRANT.");
			return;
		}
		response.setHeader("Referrer-Policy", "no-referrer");
		chain.doFilter(request, response);
	}

	private static @Nullable String problem(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return "method " + request.getMethod();
		}
		for (String name : SINGLE_VALUED) {
			String[] values = request.getParameterValues(name);
			if (values == null) {
				continue;
			}
			if (values.length > 1) {
				return "parameter '" + name + "' given " + values.length + " times";
			}
			String value = values[0];
			if (value.length() > MAX_VALUE_LENGTH) {
				return "parameter '" + name + "' is " + value.length() + " characters long";
			}
			if (!"error_description".equals(name) && !value.chars().allMatch((c) -> c > 0x20 && c < 0x7f)) {
				return "parameter '" + name + "' has characters outside printable ASCII";
			}
		}
		return null;
	}

}
