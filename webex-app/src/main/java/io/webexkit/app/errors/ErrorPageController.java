package io.webexkit.app.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.app.simulator.WebexMode;
import io.webexkit.app.web.PageContext;
import io.webexkit.spring.ErrorMessages;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The one error page: a status, a plain explanation, a way on, and a reference id; never a stack trace. */
@Controller
class ErrorPageController implements ErrorController {

	private final WebexMode mode;

	ErrorPageController(WebexMode mode) {
		this.mode = mode;
	}

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// the container always sets the status on an error dispatch; without one, /error was requested directly
		int status = (code instanceof Integer value) ? value : HttpStatus.NOT_FOUND.value();
		ErrorView view = ErrorView.of(status, ErrorMessages.of(request).orElse(null));
		response.setStatus(status);
		model.addAttribute("page", PageContext.of(request, this.mode));
		model.addAttribute("error", view);
		return "system/error";
	}

}
