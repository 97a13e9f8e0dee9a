package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	@Test
	void signWhenKnownVectorThenLowercaseHexHmacSha1() {
		// RFC 2202 test case 2
		assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
	}

	@Test
	void tamperedWhenSameInputThenSameFormButDifferent() {
		byte[] body = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

		String tampered = WebhookSignature.tampered("s3cret", body);

		assertThat(tampered).matches("[0-9a-f]{40}").isNotEqualTo(WebhookSignature.sign("s3cret", body));
		assertThat(tampered.substring(2)).isEqualTo(WebhookSignature.sign("s3cret", body).substring(2));
	}

}
