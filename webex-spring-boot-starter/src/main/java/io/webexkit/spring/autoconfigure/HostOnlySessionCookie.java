package io.webexkit.spring.autoconfigure;

import io.webexkit.spring.WebexEndpoints;

import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Names the container's session cookie {@code __Host-JSESSIONID} (and makes it {@code Secure}, path {@code /}) when
 * the app is served over HTTPS at the root, unless the host named it ({@code server.servlet.session.cookie.name}).
 * Runs after Spring Boot's own customizer, which applies the {@code server.servlet.session.cookie.*} properties.
 */
class HostOnlySessionCookie implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

	static final String NAME = "__Host-JSESSIONID";

	private final WebexEndpoints endpoints;

	private final Environment environment;

	HostOnlySessionCookie(WebexEndpoints endpoints, Environment environment) {
		this.endpoints = endpoints;
		this.environment = environment;
	}

	@Override
	public void customize(ConfigurableServletWebServerFactory factory) {
		Cookie cookie = factory.getSettings().getSession().getCookie();
		String contextPath = factory.getContextPath();
		boolean atRoot = contextPath == null || contextPath.isEmpty() || "/".equals(contextPath);
		if (cookie.getName() != null || this.environment.containsProperty("server.servlet.session.cookie.name")
				|| !atRoot || !"https".equalsIgnoreCase(this.endpoints.redirectUri().getScheme())) {
			return;
		}
		cookie.setName(NAME);
		cookie.setSecure(true);
		cookie.setPath("/");
		cookie.setDomain(null);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
