package io.webexkit.simulator;

import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whatever under {@code /v1} no other simulated endpoint takes: Webex's JSON error, never a servlet container's HTML
 * page. A path served under other methods answers {@code 405} with {@code Allow}, any other {@code 404}.
 */
@Controller
class UnknownRouteController {

	private final RequestMappingHandlerMapping mappings;

	UnknownRouteController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@RequestMapping("/v1/**")
	ResponseEntity<byte[]> unknown(HttpServletRequest request) {
		String trackingId = SimulatedFailures.trackingId(request);
		Set<String> allowed = allowedMethods(request);
		if (!allowed.isEmpty()) {
			return ResponseEntity.status(405)
				.header(SimulatedFailures.TRACKING_HEADER, trackingId)
				.header(HttpHeaders.ALLOW, String.join(", ", allowed))
				.contentType(MediaType.APPLICATION_JSON)
				.body(Json.write(Json.error("The requested method is not supported for this resource.", trackingId)));
		}
		return ResponseEntity.status(404)
			.header(SimulatedFailures.TRACKING_HEADER, trackingId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Json.write(Json.error("The requested resource could not be found.", trackingId)));
	}

	/** The methods the simulator's other endpoints take on this path. */
	private Set<String> allowedMethods(HttpServletRequest request) {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		Set<String> allowed = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType() == UnknownRouteController.class
					|| !method.getBeanType().getPackageName().equals(UnknownRouteController.class.getPackageName())) {
				return;
			}
			if (info.getPathPatternsCondition() != null
					&& info.getPathPatternsCondition().getMatchingCondition(request) != null) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					allowed.add("GET");
				}
				methods.forEach((m) -> allowed.add(m.name()));
			}
		});
		if (allowed.contains("GET")) {
			allowed.add("HEAD");
		}
		return allowed;
	}

}
