package io.webexkit.app.errors;

import java.io.IOException;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.app.simulator.WebexMode;
import io.webexkit.app.web.AppContentSecurityPolicy;
import io.webexkit.app.web.PageContext;
import io.webexkit.app.web.RequestIdFilter;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a database failure anywhere in a request (session store, token vault, transactions) into a quick 503 "try
 * again" page instead of a 500. It sits outside the session filter, because with the database gone the session can be
 * neither read nor stored: the page is rendered here, without the session, and nothing the request started (such as
 * the redirect to Webex after GRANT, whose {@code state} lives in the session) gets out.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	static final int RETRY_AFTER_SECONDS = 5;

	private final TemplateEngine templates;

	private final WebexMode mode;

	private final AppContentSecurityPolicy policy;

	DatabaseUnavailableFilter(TemplateEngine templates, WebexMode mode, AppContentSecurityPolicy policy) {
		this.templates = templates;
		this.mode = mode;
		this.policy = policy;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false; // an error page that needs the session can hit the same outage
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			Throwable cause = DatabaseFailures.find(ex);
			if (cause == null) {
				throw ex;
			}
			if (response.isCommitted()) {
				log.warn("Database failure after the response was committed: {}", cause.toString());
				throw ex;
			}
			log.warn("Database unavailable, answering 503: {}", cause.toString());
			render(request, response);
		}
	}

	private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset(); // drops any Location or Set-Cookie the failed request had prepared
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Request-Id", RequestIdFilter.requestId(request));
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader(AppContentSecurityPolicy.HEADER, this.policy.value());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		PageContext page = new PageContext(this.mode, null, null, RequestIdFilter.requestId(request));
		ErrorView error = new ErrorView(503, "Temporarily unavailable",
				"The app cannot reach its database just now. Nothing was lost; please try again in a moment.",
				(long) RETRY_AFTER_SECONDS, false);
		StringOutput html = new StringOutput();
		this.templates.render("system/error.jte", Map.of("page", page, "error", error), html);
		response.getWriter().write(html.toString());
		response.flushBuffer();
	}

}
