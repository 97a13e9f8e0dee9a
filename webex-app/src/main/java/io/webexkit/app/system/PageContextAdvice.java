package io.webexkit.app.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the {@link PageContext} to every page's model. */
@ControllerAdvice
class PageContextAdvice {

	private final WebexMode mode;

	PageContextAdvice(WebexMode mode) {
		this.mode = mode;
	}

	@ModelAttribute("page")
	PageContext page(HttpServletRequest request) {
		return PageContexts.of(request, this.mode);
	}

	/** Builds a page context from the current request (also used by the error pages). */
	static final class PageContexts {

		private PageContexts() {
		}

		static PageContext of(HttpServletRequest request, WebexMode mode) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			String name = null;
			if (authentication != null && authentication.getPrincipal() instanceof OAuth2User user) {
				Object displayName = user.getAttributes().get("displayName");
				name = (displayName != null) ? displayName.toString() : user.getName();
			}
			CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			return new PageContext(mode, name, csrf, RequestIdFilter.requestId(request));
		}

	}

}
