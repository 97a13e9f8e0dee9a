package io.webexkit.spring.login;

import java.util.Map;

import io.webexkit.spring.ErrorMessages;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Spring Boot's error attributes, with the starter's own message when it refused the request ({@link ErrorMessages}:
 * why a grant failed, say), so Boot's error page and the host's error templates say what failed. Boot leaves
 * messages out by default ({@code server.error.include-message=never}) because an exception's text may reveal
 * internals; these are the starter's fixed sentences, never anything from the request or from Webex.
 */
public class WebexErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		if (webRequest.getAttribute(ErrorMessages.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String message) {
			attributes.put("message", message);
		}
		return attributes;
	}

}
