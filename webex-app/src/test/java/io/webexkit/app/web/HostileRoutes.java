package io.webexkit.app.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The routes {@link HostileInputIntegrationTests} walks, and the hostile requests it sends to each. */
final class HostileRoutes {

	/** Hostile values, already written as they go on the wire (percent-encoding included, or deliberately broken). */
	static final List<String> VALUES = List.of("x".repeat(8 * 1024), "y".repeat(7 * 1024), "%00", "a%00b", "%C3%28",
			"%FF%FE", "%2e%2e/", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "-1", "-99999999999999999999", "99999999999999999999999", "1e309",
			"NaN", "abc", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "", "%", "%zz", "a%0D%0ASet-Cookie:%20x=1");

	/** Hostile path segments (Tomcat or the firewall may refuse some before the app: fine, if never with a 5xx). */
	static final List<String> SEGMENTS = List.of("x".repeat(8 * 1024), "%00", "%C3%28", "%2e%2e", "%2e%2e%2f",
			"%3Cscript%3E", "-1", "99999999999999999999", "abc", "%2F", "%5C", "%25", "%20", "..%3B");

	/** What the simulated Webex's endpoints read straight from the request (they declare no parameters). */
	static final Set<String> SIMULATOR_PARAMETERS = Set.of("client_id", "redirect_uri", "response_type", "state",
			"scope", "code_challenge", "code_challenge_method", "login_hint", "consent", "decision", "person",
			"grant_type", "code", "code_verifier", "refresh_token", "client_secret", "max", "roomId", "type", "sortBy",
			"cursor", "before", "beforeMessage", "teamId");

	private HostileRoutes() {
	}

	/** The routes the context maps, and those that filters answer. */
	static List<Route> of(RequestMappingHandlerMapping mappings) {
		Map<String, Route> routes = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			Set<String> parameters = new LinkedHashSet<>();
			for (MethodParameter parameter : handler.getMethodParameters()) {
				RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
				if (annotation != null) {
					parameters.add(annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name());
				}
			}
			if (handler.getBeanType().getPackageName().startsWith("io.webexkit.simulator")) {
				parameters.addAll(SIMULATOR_PARAMETERS);
			}
			Set<RequestMethod> declared = entry.getKey().getMethodsCondition().getMethods();
			List<String> methods = declared.isEmpty() ? List.of("GET", "POST")
					: declared.stream().map(RequestMethod::name).sorted().toList();
			for (String pattern : entry.getKey().getPatternValues()) {
				routes.merge(pattern, new Route(pattern, methods, parameters), Route::and);
			}
		}
		List.of(new Route("/oauth", List.of("GET", "POST"), Set.of("code", "state", "error", "error_description")),
				new Route("/oauth2/authorization/{registrationId}", List.of("GET", "POST"),
						Set.of("scope", "redirect_uri", "action")),
				new Route("/logout", List.of("GET", "POST"), Set.of()),
				new Route("/actuator/health", List.of("GET", "POST"), Set.of()),
				new Route("/actuator/health/liveness", List.of("GET"), Set.of()),
				new Route("/actuator/health/readiness", List.of("GET"), Set.of()),
				new Route("/actuator/health/{group}", List.of("GET"), Set.of()),
				new Route("/css/{file}", List.of("GET", "POST"), Set.of()),
				new Route("/img/logo.svg", List.of("GET"), Set.of()), new Route("/js/busy.js", List.of("GET"), Set.of()),
				new Route("/favicon.ico", List.of("GET"), Set.of()))
			.forEach((route) -> routes.merge(route.pattern(), route, Route::and));
		return new ArrayList<>(routes.values());
	}

	/** The route with legitimate path values and hostile parameters, then with each path segment hostile. */
	static List<String> targets(Route route, Map<String, String> legit) {
		List<String> variables = new ArrayList<>();
		Matcher m = Pattern.compile("\\{([^}]+)\\}").matcher(route.pattern());
		while (m.find()) {
			variables.add(m.group(1));
		}
		String path = route.pattern();
		for (String variable : variables) {
			path = path.replace("{" + variable + "}", legit.getOrDefault(variable, "abc"));
		}
		List<String> targets = new ArrayList<>();
		targets.add(path);
		for (String parameter : route.parameters()) {
			for (String value : VALUES) {
				targets.add(path + "?" + parameter + "=" + value);
			}
			targets.add(path + "?" + parameter + "=1&" + parameter + "=2&" + parameter + "=%3Cscript%3E");
			targets.add(path + "?" + parameter);
		}
		targets.add(path + "?unknown=%3Cscript%3E&" + "x".repeat(200) + "=1");
		for (String variable : variables) {
			for (String segment : SEGMENTS) {
				String hostile = route.pattern();
				for (String other : variables) {
					hostile = hostile.replace("{" + other + "}", other.equals(variable) ? segment
							: legit.getOrDefault(other, "abc"));
				}
				targets.add(hostile);
			}
		}
		return targets;
	}

	record Route(String pattern, List<String> methods, Set<String> parameters) {

		Route and(Route other) {
			Set<String> methods = new LinkedHashSet<>(this.methods);
			methods.addAll(other.methods);
			Set<String> parameters = new LinkedHashSet<>(this.parameters);
			parameters.addAll(other.parameters);
			return new Route(this.pattern, List.copyOf(methods), parameters);
		}

	}

}
