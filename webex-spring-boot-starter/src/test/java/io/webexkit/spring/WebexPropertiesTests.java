package io.webexkit.spring;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class WebexPropertiesTests {

	@ParameterizedTest
	@CsvSource({ "webex.api-base-url, WEBEX_API_BASE_URL", "webex.authorize-url, WEBEX_AUTHORIZE_URL",
			"webex.token-url, WEBEX_TOKEN_URL" })
	void bindWhenWebexUrlIsPlainHttpOnAnotherHostThenRefusedNamingTheVariable(String property, String variable) {
		for (String url : new String[] { "http://webexapis.com/v1", "http://10.0.0.5:10090/v1",
				"HTTP://localhost.example.com/v1" }) {
			assertThatException().isThrownBy(() -> bind(Map.of(property, url)))
				.havingRootCause()
				.isInstanceOf(StartupRefusedException.class)
				.withMessageStartingWith(variable + " is " + url + ": over http://")
				.satisfies((ex) -> assertThat(((StartupRefusedException) ex).action()).contains("https://"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:10090/v1", "http://127.0.0.1:10090/v1", "http://[::1]:10090/v1",
			"https://webexapis.com/v1", "https://webex.example.com/v1" })
	void bindWhenWebexUrlIsHttpsOrOnThisMachineThenAccepted(String url) {
		WebexProperties properties = bind(Map.of("webex.api-base-url", url, "webex.authorize-url", url + "/authorize",
				"webex.token-url", url + "/access_token"));
		assertThat(properties.apiBaseUrl()).hasToString(url);
		assertThat(properties.tokenUrl()).hasToString(url + "/access_token");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://webex.example.com/oauth", "https://webex.example.com/oauth" })
	void bindWhenRedirectUriIsThisAppsAddressThenAcceptedOverHttpToo(String uri) {
		assertThat(bind(Map.of("webex.redirect-uri", uri)).redirectUri()).hasToString(uri);
	}

	private static WebexProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("webex", WebexProperties.class);
	}

}
