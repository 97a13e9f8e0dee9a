package io.webexkit.app.system;

import java.util.HashMap;
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
		assertThat(output.getAll()).containsOnlyOnce("WEBEX_REDIRECT_URI " + uri + " uses http:// on another machine")
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
	void redirectUriWhenUnsetAgainstRealWebexThenThisServersOwnPort() {
		WebexEndpoints endpoints = new WebexEndpoints(properties(Map.of()), WebexMode.REAL);
		assertThat(endpoints.redirectUri()).as("no server yet").hasToString("http://localhost:10060/oauth");

		endpoints.onApplicationEvent(started(43210, null));
		endpoints.onApplicationEvent(started(43211, "management"));

		assertThat(endpoints.redirectUri()).hasToString("http://localhost:43210/oauth");
	}

	@Test
	void redirectUriWhenSetAgainstRealWebexThenExactlyThatWhateverThePort() {
		WebexEndpoints endpoints = endpoints("https://app.example.com/oauth");

		endpoints.onApplicationEvent(started(43210, null));

		assertThat(endpoints.redirectUri()).hasToString("https://app.example.com/oauth");
	}

	private static WebexEndpoints endpoints(String redirectUri) {
		return new WebexEndpoints(properties(Map.of("webex.redirect-uri", redirectUri)), WebexMode.REAL);
	}

	private static WebexProperties properties(Map<String, String> more) {
		Map<String, String> all = new HashMap<>(Map.of("webex.client-id", "id", "webex.client-secret", "secret"));
		all.putAll(more);
		return new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("webex", WebexProperties.class);
	}

	/** What Spring Boot publishes once a web server (the app's, or another {@code namespace}'s) listens. */
	private static WebServerInitializedEvent started(int port, @Nullable String namespace) {
		ServletWebServerApplicationContext context = new ServletWebServerApplicationContext();
		context.setServerNamespace(namespace);
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
		return new WebServerInitializedEvent(server) {

			@Override
			public WebServerApplicationContext getApplicationContext() {
				return context;
			}

		};
	}

}
