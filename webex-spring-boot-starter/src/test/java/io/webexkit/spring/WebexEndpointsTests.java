package io.webexkit.spring;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class WebexEndpointsTests {

	@ParameterizedTest
	@ValueSource(strings = { "http://webex.example.com/oauth", "http://10.0.0.5:10060/oauth" })
	void startWhenRedirectUriIsPlainHttpOnAnotherMachineThenWarnsOnce(String uri, CapturedOutput output) {
		WebexEndpoints endpoints = endpoints(uri);
		assertThat(endpoints.redirectUri()).hasToString(uri);
		assertThat(output.getAll()).containsOnlyOnce("(WEBEX_REDIRECT_URI) " + uri + " uses http:// on another machine")
			.contains("WARN");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://webex.example.com/oauth", "http://localhost:10060/oauth",
			"http://127.0.0.1:10060/oauth", "http://[::1]:10060/oauth" })
	void startWhenRedirectUriIsHttpsOrOnThisMachineThenNoWarning(String uri, CapturedOutput output) {
		endpoints(uri);
		assertThat(output.getAll()).doesNotContain("WEBEX_REDIRECT_URI");
	}

	@Test
	void redirectUriWhenUnsetThenThisServersOwnOriginOnceItHasAPort() {
		WebexEndpoints endpoints = new WebexEndpoints(properties(Map.of()), 8080);
		assertThat(endpoints.redirectUri()).as("no server yet: the configured port").hasToString("http://localhost:8080/oauth");
		endpoints.onApplicationEvent(startedOn(43123, null));
		endpoints.onApplicationEvent(startedOn(43124, "management")); // not the app's own port
		assertThat(endpoints.redirectUri()).hasToString("http://localhost:43123/oauth");
		assertThat(endpoints.callbackPath()).isEqualTo("/oauth");
	}

	@Test
	void redirectUriWhenConfiguredThenExactlyThatWhateverTheServersPort() { // A4
		WebexEndpoints endpoints = endpoints("https://app.example.com/webex/callback");
		endpoints.onApplicationEvent(startedOn(43123, null));
		assertThat(endpoints.redirectUri()).hasToString("https://app.example.com/webex/callback");
		assertThat(endpoints.callbackPath()).isEqualTo("/webex/callback");
	}

	@Test
	void endpointsWhenOnlyTheApiBaseIsSetThenOAuthEndpointsDerivedFromIt() {
		WebexEndpoints endpoints = new WebexEndpoints(properties(Map.of("webex.api-base-url", "http://127.0.0.1:9/v1/")),
				8080);
		assertThat(endpoints.apiBaseUrl()).hasToString("http://127.0.0.1:9/v1");
		assertThat(endpoints.authorizeUrl()).hasToString("http://127.0.0.1:9/v1/authorize");
		assertThat(endpoints.tokenUrl()).hasToString("http://127.0.0.1:9/v1/access_token");
		assertThat(endpoints.grantPath()).isEqualTo("/oauth2/authorization/webex");
	}

	/** What Spring Boot publishes once a web server (the app's, or another {@code namespace}'s) listens. */
	private static WebServerInitializedEvent startedOn(int port, @Nullable String namespace) {
		WebServer server = new WebServer() {

			@Override
			public void start() {
			}

			@Override
			public void stop() {
			}

			@Override
			public int getPort() {
				return port;
			}

		};
		ServletWebServerApplicationContext context = new ServletWebServerApplicationContext();
		context.setServerNamespace(namespace);
		return new WebServerInitializedEvent(server) {

			@Override
			public WebServerApplicationContext getApplicationContext() {
				return context;
			}

		};
	}

	private static WebexEndpoints endpoints(String redirectUri) {
		return new WebexEndpoints(properties(Map.of("webex.redirect-uri", redirectUri)), 8080);
	}

	private static WebexProperties properties(Map<String, String> extra) {
		Map<String, String> all = new java.util.HashMap<>(Map.of("webex.client-id", "id", "webex.client-secret", "secret"));
		all.putAll(extra);
		return new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("webex", WebexProperties.class);
	}

}
