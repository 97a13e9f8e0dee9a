package io.webexkit.app.errors;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.app.simulator.WebexMode;
import io.webexkit.app.web.PageContext;
import io.webexkit.client.WebexApiException;
import io.webexkit.client.WebexAuthorizationException;
import io.webexkit.client.WebexException;
import io.webexkit.client.WebexForbiddenException;
import io.webexkit.client.WebexRateLimitException;
import io.webexkit.spring.GrantRequiredException;
import io.webexkit.spring.TokenKeyUnavailableException;
import io.webexkit.spring.TokenRefreshUnavailableException;
import io.webexkit.spring.WebexGrants;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Maps what can go wrong while talking to Webex to a handful of pages: GRANT (again), rate limited (with when to
 * retry), missing permission or another refusal, Webex unavailable. None shows Webex's raw answer; a refusal quotes
 * Webex's shortened message, escaped like every text on a page.
 */
@ControllerAdvice
class WebexErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(WebexErrorAdvice.class);

	private final WebexMode mode;

	private final WebexGrants grants;

	WebexErrorAdvice(WebexMode mode, WebexGrants grants) {
		this.mode = mode;
		this.grants = grants;
	}

	/** Not an error to the person: the app is not connected for them (any more), and GRANT is what to do. */
	@ExceptionHandler(GrantRequiredException.class)
	String grantRequired(GrantRequiredException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		if (ex.reason() == GrantRequiredException.Reason.NONE) {
			// signed in (every page but home requires it) with no stored grant: Disconnect, here or in another tab
			return grantPage(request, response, model, "Access removed",
					"This app no longer has access to your Webex account, so it cannot show this page. GRANT "
							+ "connects it again.");
		}
		return grantPage(request, response, model, "Grant access again",
				ex.reason().description() + " GRANT connects it again.");
	}

	@ExceptionHandler(WebexAuthorizationException.class)
	String unauthorized(WebexAuthorizationException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		log.warn("Webex rejected the user's access after a refresh (trackingId {})", ex.trackingId().orElse("-"));
		return grantPage(request, response, model, "Grant access again",
				"Webex no longer accepts this app's access. GRANT connects it again.");
	}

	@ExceptionHandler(WebexRateLimitException.class)
	String rateLimited(WebexRateLimitException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		response.setHeader("Retry-After", Long.toString(seconds));
		return page(request, response, model, new ErrorView(429, "Webex is busy",
				"Webex is limiting how fast this app may ask for your data. Please try again in " + seconds
						+ " seconds.",
				seconds, false));
	}

	@ExceptionHandler(WebexForbiddenException.class)
	String forbidden(WebexForbiddenException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		WebexGrants.Scopes granted = (authentication != null && authentication.getPrincipal() instanceof OAuth2User user)
				? this.grants.scopes(user.getName()) : new WebexGrants.Scopes(Set.of());
		Optional<String> missing = WebexRefusals.missingScope(ex, granted);
		if (missing.isPresent()) {
			return page(request, response, model, new ErrorView(403, "Permission missing",
					"Webex did not allow this with the access you granted. It needs the permission " + missing.get()
							+ ", which was not granted. Grant access again and accept it to use this.",
					null, true));
		}
		log.info("Webex refused a request although its permission was granted (trackingId {})",
				ex.trackingId().orElse("-"));
		return page(request, response, model, new ErrorView(403, "Not allowed by Webex",
				"Webex did not allow this." + WebexRefusals.webexSaid(ex), null, false));
	}

	/** An operator problem (this instance lacks a key another one used): the grant is fine, only not readable here. */
	@ExceptionHandler(TokenKeyUnavailableException.class)
	String keyUnavailable(TokenKeyUnavailableException ex, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		log.error("Operator action needed: {}. Give every instance the same key ring; the grant was left as it is",
				ex.getMessage());
		response.setHeader("Retry-After", "60");
		return page(request, response, model, new ErrorView(503, "Temporarily unavailable",
				"The app cannot read your stored access on this server just now. Nothing was lost; please try again "
						+ "in a moment.",
				60L, false));
	}

	@ExceptionHandler(TokenRefreshUnavailableException.class)
	String refreshUnavailable(TokenRefreshUnavailableException ex, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		response.setHeader("Retry-After", "30");
		return page(request, response, model, new ErrorView(503, "Webex is not answering", ex.getMessage(), 30L,
				false));
	}

	@ExceptionHandler(WebexApiException.class)
	String api(WebexApiException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (ex.status() == 404) {
			return page(request, response, model,
					new ErrorView(404, "Not found", "Webex has no such item, or you cannot see it.", null, false));
		}
		log.warn("Webex answered {} (trackingId {})", ex.status(), ex.trackingId().orElse("-"));
		return page(request, response, model, new ErrorView(502, "Webex returned an error",
				"Webex could not complete the request. Please try again in a moment.", null, false));
	}

	@ExceptionHandler(WebexException.class)
	String unavailable(WebexException ex, HttpServletRequest request, HttpServletResponse response, Model model) {
		log.warn("Webex could not be reached or answered badly: {} (trackingId {})", ex.getClass().getSimpleName(),
				ex.trackingId().orElse("-"));
		response.setHeader("Retry-After", "30");
		return page(request, response, model, new ErrorView(503, "Webex is not answering",
				"Webex did not answer in time. Please try again in a moment.", 30L, false));
	}

	private String grantPage(HttpServletRequest request, HttpServletResponse response, Model model, String title,
			String message) {
		response.setStatus(401);
		model.addAttribute("page", PageContext.of(request, this.mode));
		model.addAttribute("title", title);
		model.addAttribute("message", message);
		return "system/grant";
	}

	private String page(HttpServletRequest request, HttpServletResponse response, Model model, ErrorView view) {
		response.setStatus(view.status());
		model.addAttribute("page", PageContext.of(request, this.mode));
		model.addAttribute("error", view);
		return "system/error";
	}

}
