package io.webexkit.spring.login;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexAuthorizationException;
import io.webexkit.client.WebexException;
import io.webexkit.client.WebexForbiddenException;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.WebexRateLimitException;
import io.webexkit.spring.ErrorMessages;
import io.webexkit.spring.TokenKeyUnavailableException;
import io.webexkit.spring.TokenRefreshUnavailableException;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a host that does not handle Webex's failures itself gets: a status and a plain message on its error page
 * instead of a 500 with a stack trace. It runs after the host's own {@code @ExceptionHandler}s, which win.
 * ({@code GrantRequiredException} is not here: Spring Security sends the user through GRANT for it.)
 */
public class WebexExceptionResolver implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(WebexExceptionResolver.class);

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10; // after the host's advice, before the default resolvers give up
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		try {
			if (ex instanceof WebexRateLimitException limited) {
				long seconds = Math.max(1, limited.retryAfter().toSeconds());
				response.setHeader("Retry-After", Long.toString(seconds));
				return reject(request, response, 429, "Webex asks to wait " + seconds + " seconds; try again then.");
			}
			if (ex instanceof WebexAuthorizationException) {
				return reject(request, response, 401, "Webex no longer accepts this app's access. Grant it again.");
			}
			if (ex instanceof WebexForbiddenException) {
				return reject(request, response, 403, "Webex did not allow this.");
			}
			if (ex instanceof WebexNotFoundException) {
				return reject(request, response, 404, "Webex has no such item, or you cannot see it.");
			}
			if (ex instanceof TokenRefreshUnavailableException || ex instanceof TokenKeyUnavailableException) {
				if (ex instanceof TokenKeyUnavailableException) {
					log.error("Operator action needed: {}", ex.getMessage());
				}
				response.setHeader("Retry-After", "30");
				return reject(request, response, 503, "Webex access cannot be renewed just now; try again shortly.");
			}
			if (ex instanceof WebexException webex) {
				log.warn("Webex call failed: {} (trackingId {})", webex.getClass().getSimpleName(),
						webex.trackingId().orElse("-"));
				return reject(request, response, 502, "Webex could not complete the request; try again shortly.");
			}
		}
		catch (IOException failed) {
			log.debug("Could not send the error page: {}", failed.toString());
			return new ModelAndView();
		}
		return null;
	}

	private static ModelAndView reject(HttpServletRequest request, HttpServletResponse response, int status,
			String message) throws IOException {
		ErrorMessages.reject(request, response, status, message);
		return new ModelAndView();
	}

}
