package io.webexkit.app.spaces;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.webexkit.spring.ErrorMessages;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** The spaces pages' own refusals, on the app's error page with a message that says what was wrong. */
@ControllerAdvice(basePackageClasses = SpacesErrorAdvice.class)
class SpacesErrorAdvice {

	@ExceptionHandler(BadRequestException.class)
	void badRequest(BadRequestException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ErrorMessages.reject(request, response, 400, ex.getMessage());
	}

	@ExceptionHandler(PermissionMissingException.class)
	void permissionMissing(PermissionMissingException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ErrorMessages.reject(request, response, 403, ex.getMessage());
	}

}
