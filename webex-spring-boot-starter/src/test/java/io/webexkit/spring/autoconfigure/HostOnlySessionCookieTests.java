package io.webexkit.spring.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.webexkit.spring.WebexEndpoints;
import io.webexkit.spring.WebexProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class HostOnlySessionCookieTests {

	@Test
	@Tag("F13")
	void customizeWhenServedOverHttpsAtTheRootThenHostPrefixedSecureAndPathRoot() { // F13
		Cookie cookie = customize("https://app.example.com/oauth", "", null);
		assertThat(cookie.getName()).isEqualTo("__Host-JSESSIONID");
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getDomain()).isNull();
	}

	@Test
	void customizeWhenPlainHttpOrUnderAContextPathOrNamedByTheHostThenLeftAlone() {
		assertThat(customize("http://localhost:8080/oauth", "", null).getName()).as("http").isNull();
		assertThat(customize("https://app.example.com/app/oauth", "/app", null).getName()).as("context path")
			.isNull();
		assertThat(customize("https://app.example.com/oauth", "", "SID").getName()).as("the host's name")
			.isEqualTo("SID");
	}

	private static Cookie customize(String redirectUri, String contextPath, @Nullable String hostsName) {
		MockEnvironment environment = new MockEnvironment();
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		factory.setContextPath(contextPath);
		if (hostsName != null) {
			environment.setProperty("server.servlet.session.cookie.name", hostsName);
			factory.getSettings().getSession().getCookie().setName(hostsName); // as Spring Boot's customizer did
		}
		WebexProperties properties = new Binder(new MapConfigurationPropertySource(
				java.util.Map.of("webex.client-id", "id", "webex.client-secret", "secret", "webex.redirect-uri",
						redirectUri)))
			.bindOrCreate("webex", WebexProperties.class);
		new HostOnlySessionCookie(new WebexEndpoints(properties, 8080), environment).customize(factory);
		return factory.getSettings().getSession().getCookie();
	}

}
