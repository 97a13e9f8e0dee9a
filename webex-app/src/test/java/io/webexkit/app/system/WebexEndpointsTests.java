package io.webexkit.app.system;

import java.util.Map;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

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

	private static WebexEndpoints endpoints(String redirectUri) {
		WebexProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("webex.client-id", "id", "webex.client-secret", "secret", "webex.redirect-uri", redirectUri)))
			.bindOrCreate("webex", WebexProperties.class);
		return new WebexEndpoints(properties, WebexMode.REAL);
	}

}
