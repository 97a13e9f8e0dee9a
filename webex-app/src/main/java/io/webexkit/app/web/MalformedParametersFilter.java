package io.webexkit.app.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.ErrorMessages;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters cannot be read (a query or form body that is not valid percent-encoded UTF-8, or
 * too many parameters) with the app's 400 page, before anything reads them. Tomcat only notices when a parameter is
 * first asked for, and then throws from wherever that happens to be: Spring Security's grant start turned it into a
 * 500, a controller into an ERROR with a stack trace.
 * <p>
 * It runs inside the app's security chain, just before the first of its filters to read a parameter (CSRF's), so
 * after {@code WebexLogin} has read the body of a request from nobody signed in, a bounded number at a time: reading
 * a form body here, ahead of the chain, would let slow senders hold every request thread. Registered as a servlet
 * filter too, after the chains, for the requests of chains without it.
 */
public class MalformedParametersFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(MalformedParametersFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap(); // parses the query and a form body once; later reads use the result
		}
		catch (IllegalStateException ex) {
			int status = (ex instanceof InvalidParameterException invalid && invalid.getErrorCode() >= 400)
					? invalid.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
			log.info("Request refused: its parameters cannot be read (answered {})", status);
			ErrorMessages.reject(request, response, status,
					"The address or form sent was malformed, so it was not used. Go back and try again.");
			return;
		}
		chain.doFilter(request, response);
	}

}
