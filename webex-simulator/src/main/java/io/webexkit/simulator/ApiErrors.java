package io.webexkit.simulator;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * What Spring MVC refuses before a simulated endpoint runs (a media type it does not read, a malformed multipart
 * body, an upload over the host's limit), answered as Webex answers errors: its JSON shape with a tracking id.
 */
@ControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<byte[]> tooLarge(HttpServletRequest request) {
		return error(request, 413, "The request is larger than this server takes: Webex's limit is 100 MB a file");
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<byte[]> multipart(HttpServletRequest request) {
		return error(request, 400, "The multipart request could not be read");
	}

	@ExceptionHandler({ ServletException.class, ErrorResponseException.class })
	ResponseEntity<byte[]> refused(HttpServletRequest request, Exception ex) throws Exception {
		if (!(ex instanceof ErrorResponse response)) {
			throw ex;
		}
		int status = response.getStatusCode().value();
		ResponseEntity<byte[]> answer = error(request, status, (response.getBody().getDetail() != null)
				? response.getBody().getDetail() : "The request could not be processed.");
		if (ex instanceof HttpRequestMethodNotSupportedException unsupported
				&& unsupported.getSupportedMethods() != null) {
			return ResponseEntity.status(status)
				.headers(answer.getHeaders())
				.header(HttpHeaders.ALLOW, String.join(", ", unsupported.getSupportedMethods()))
				.body(answer.getBody());
		}
		return answer;
	}

	private static ResponseEntity<byte[]> error(HttpServletRequest request, int status, String message) {
		String trackingId = SimulatedFailures.trackingId(request);
		return ResponseEntity.status(status)
			.header(SimulatedFailures.TRACKING_HEADER, trackingId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Json.write(Json.error(message, trackingId)));
	}

}
