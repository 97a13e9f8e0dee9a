package io.webexkit.client;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WebexClientBuilderTests {

	private static final URI WEBEX = URI.create("https://webexapis.com/v1");

	static Stream<Arguments> badArguments() {
		return Stream.of(
				Arguments.of("baseUrl null", (Function<WebexClient.Builder, ?>) (b) -> b.baseUrl(null)),
				Arguments.of("tokenSupplier null", (Function<WebexClient.Builder, ?>) (b) -> b.tokenSupplier(null)),
				Arguments.of("connectTimeout null", (Function<WebexClient.Builder, ?>) (b) -> b.connectTimeout(null)),
				Arguments.of("connectTimeout zero",
						(Function<WebexClient.Builder, ?>) (b) -> b.connectTimeout(Duration.ZERO)),
				Arguments.of("readTimeout negative",
						(Function<WebexClient.Builder, ?>) (b) -> b.readTimeout(Duration.ofSeconds(-1))),
				Arguments.of("callTimeout negative",
						(Function<WebexClient.Builder, ?>) (b) -> b.callTimeout(Duration.ofMillis(-1))),
				Arguments.of("rateLimitPolicy null",
						(Function<WebexClient.Builder, ?>) (b) -> b.rateLimitPolicy(null)),
				Arguments.of("retryPolicy null", (Function<WebexClient.Builder, ?>) (b) -> b.retryPolicy(null)),
				Arguments.of("clock null", (Function<WebexClient.Builder, ?>) (b) -> b.clock(null)),
				Arguments.of("sleeper null", (Function<WebexClient.Builder, ?>) (b) -> b.sleeper(null)),
				Arguments.of("trackingIdPrefix blank",
						(Function<WebexClient.Builder, ?>) (b) -> b.trackingIdPrefix(" ")),
				Arguments.of("trackingIdPrefix with space",
						(Function<WebexClient.Builder, ?>) (b) -> b.trackingIdPrefix("my app")),
				Arguments.of("userAgent null", (Function<WebexClient.Builder, ?>) (b) -> b.userAgent(null)),
				Arguments.of("userAgent with newline",
						(Function<WebexClient.Builder, ?>) (b) -> b.userAgent("a\r\nX-Evil: 1")),
				Arguments.of("maxResponseBytes zero", (Function<WebexClient.Builder, ?>) (b) -> b.maxResponseBytes(0)),
				Arguments.of("maxResponseBytes negative",
						(Function<WebexClient.Builder, ?>) (b) -> b.maxResponseBytes(-1)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badArguments")
	void builderWhenArgumentIsBadThenRejectedAtOnce(String name, Function<WebexClient.Builder, ?> setter) {
		assertThatIllegalArgumentException().isThrownBy(() -> setter.apply(WebexClient.builder()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "webexapis.com/v1", "ftp://webexapis.com/v1", "https://webexapis.com/v1?x=1",
			"https://user@webexapis.com/v1", "https://webexapis.com/v1#top", "mailto:a@b.c" })
	void baseUrlWhenNotAPlainHttpUrlThenRejected(String url) {
		assertThatIllegalArgumentException().isThrownBy(() -> WebexClient.builder().baseUrl(URI.create(url)));
	}

	@Test
	void buildWhenBaseUrlMissingThenIllegalState() {
		assertThatIllegalStateException().isThrownBy(() -> WebexClient.builder().build())
			.withMessageContaining("baseUrl");
	}

	@Test
	void builderWhenSettersCalledAsStatementsThenBuildSeesThem() {
		WebexClient.Builder builder = WebexClient.builder();
		builder.baseUrl(WEBEX);
		builder.userAgent("statement-style");

		assertThat(builder.build()).hasToString("WebexClient[https://webexapis.com/v1]");
	}

	@Test
	void buildWhenCalledTwiceThenTwoClientsAndLaterChangesDoNotReachTheFirst() {
		WebexClient.Builder builder = WebexClient.builder().baseUrl(WEBEX);
		WebexClient first = builder.build();

		builder.baseUrl(URI.create("https://other.example/v1"));

		assertThat(first).hasToString("WebexClient[https://webexapis.com/v1]");
		assertThat(builder.build()).hasToString("WebexClient[https://other.example/v1]");
	}

	@Test
	void baseUrlWhenTrailingSlashThenNormalised() {
		WebexClient client = WebexClient.builder().baseUrl(URI.create("HTTPS://webexapis.com/v1/")).build();

		assertThat(client).hasToString("WebexClient[https://webexapis.com/v1]");
	}

	@Test
	void withTokenSupplierWhenNullThenRejected() {
		WebexClient client = WebexClient.builder().baseUrl(WEBEX).build();

		assertThatIllegalArgumentException().isThrownBy(() -> client.withTokenSupplier(null));
	}

	@Test
	void ofWhenTokenBlankThenRejectedAndToStringNeverShowsTheToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> AccessTokenSupplier.of(" "));
		assertThat(AccessTokenSupplier.of("very-secret")).asString().doesNotContain("very-secret");
	}

}
