package io.webexkit.app.web;

import jakarta.servlet.http.HttpServletRequest;

import io.webexkit.app.simulator.WebexMode;

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
		return PageContext.of(request, this.mode);
	}

}
