package io.webexkit.app.web;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersTests {

	@Test
	void appPolicyWhenRealWebexThenImagesFromThisAppAndWebexContentOnlyAndFormsPostHere() {
		assertThat(SecurityHeaders.appPolicy(URI.create("https://webexapis.com/v1"))).isEqualTo(
				"default-src 'self'; img-src 'self' data: https://webexcontent.com https://*.webexcontent.com; "
						+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
	}

	@Test
	void appPolicyWhenAnotherApiOriginThenItsImagesAllowedToo() {
		assertThat(SecurityHeaders.appPolicy(URI.create("http://127.0.0.1:10090/v1")))
			.contains("img-src 'self' data: https://webexcontent.com https://*.webexcontent.com http://127.0.0.1:10090;")
			.endsWith("; form-action 'self'");
		assertThat(SecurityHeaders.appPolicy(URI.create("HTTPS://webex.example.com/v1")))
			.contains(" https://webex.example.com;");
	}

}
