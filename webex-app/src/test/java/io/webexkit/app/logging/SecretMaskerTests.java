package io.webexkit.app.logging;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.webexkit.app.session.SealedValues;
import io.webexkit.spring.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskerTests {

	private final SecretMasker masker = new SecretMasker();

	@ParameterizedTest
	@ValueSource(strings = { "Started WebexApplication in 3.2 seconds (process running for 3.9)",
			"Webex answered 503 for GET /v1/rooms (trackingId ROUTER_5f1c2b7e-2d4e-4c6a-9b1f-0c7d2e3a4b5c)",
			"TrackingID: 0b6f7f2e-3c1d-4e5f-8a9b-1c2d3e4f5a6b", "GET /spaces?cursor=abc&size=50 answered 200",
			"Redirecting to /v1/authorize?response_type=code&client_id=x&code_challenge=abc&code_challenge_method=S256",
			"Basic authentication is not used", "Tomcat started on port 10060 (http) with context path '/'",
			"Content-Type: text/html;charset=UTF-8", "consent accepted, code sha256:8b55940ce045",
			"Writing [{id=Y2lzY29z, roomId=Y2lzY29zcGFyazovL3VzL1JPT00vMQ}]", "hash {0123456789abcdef}", "" })
	@Tag("E4")
	void maskWhenNothingToMaskThenTheSameTextIsReturned(String line) { // E4
		assertThat(this.masker.mask(line)).isSameAs(line);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Started WebexApplication in 3.2 seconds (process running for 3.9)",
			"Webex answered 429 for GET /v1/rooms (status code 429), token refresh not needed",
			"Session ended: older than the absolute session timeout of 7d",
			"Secret key rotation: 2 keys, the state of the art", "Content-Type: text/html;charset=UTF-8",
			"Markdown rendered as HTML" })
	void mayHoldSecretWhenWordsAreProseThenRuledOutWithoutPatterns(String line) {
		assertThat(SecretMasker.mayHoldSecret(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "query set to 'CODE=x'", "{\"Access_Token\" : \"x\"}", "Bearer abc", "set-cookie: a=b",
			"SessionId=x", "WEBEX_SESSION=x", "XSRF-TOKEN=x", "wxs1.k1.abc", "\"secret\":\"x\"", "webhookSecret=x",
			"text=x", "{\"markdown\":\"x\"}", "\"html\": \"x\"", "[{0123456789abcdef0123456789abcdef}]" })
	void mayHoldSecretWhenNameThenValueThenPatternsRun(String line) {
		assertThat(SecretMasker.mayHoldSecret(line)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			GET /oauth?code=simac_abc-123&state=n3Kx_T8%3D HTTP/1.1 | GET /oauth?code=******&state=****** HTTP/1.1
			query set to 'code=abc&state=def' | query set to 'code=******&state=******'
			grant_type=refresh_token&refresh_token=simrt_xyz | grant_type=refresh_token&refresh_token=******
			grant_type=authorization_code&code=c1&redirect_uri=http://h/oauth&code_verifier=v1 | grant_type=authorization_code&code=******&redirect_uri=http://h/oauth&code_verifier=******
			Writing [{grant_type=[authorization_code], code=[c1], code_verifier=[v1]}] | Writing [{grant_type=[authorization_code], code=[******], code_verifier=[******]}]
			client_id=app&client_secret=s1 | client_id=app&client_secret=******
			`{"access_token":"a1","token_type":"Bearer","refresh_token" : "r1","id_token":"i1"}` | `{"access_token":"******","token_type":"Bearer","refresh_token" : "******","id_token":"******"}`
			`{"code":"c1","state":"s1","password":"p1"}` | `{"code":"******","state":"******","password":"******"}`
			`body "{\"refresh_token\":\"r1\"}"` | `body "{\"refresh_token\":\"******\"}"`
			url=jdbc:postgresql://db/webex?user=webex&password=pw | url=jdbc:postgresql://db/webex?user=webex&password=******
			_csrf=t0k3n&personId=abc | _csrf=******&personId=abc
			Authorization: Bearer simat_0123456789abcdefXYZ | Authorization: Bearer ******
			[Authorization:"Bearer simat_0123456789abcdefXYZ", Accept:"*/*"] | [Authorization:"Bearer ******", Accept:"*/*"]
			authorization: basic c2ltdWxhdGVkLWludGVncmF0aW9uOnNlY3JldA== | authorization: basic ******
			Cookie: SESSION=ZmM0YWIw; theme=dark | Cookie: SESSION=******; theme=******
			[Cookie:"SESSION=ZmM0YWIw", Host:"h"] | [Cookie:"SESSION=******", Host:"h"]
			Set-Cookie: SESSION=ZmM0YWIw; Path=/; HttpOnly; SameSite=Lax | Set-Cookie: SESSION=******; Path=/; HttpOnly; SameSite=Lax
			Cookies: Parsing b[]: SESSION=ZmM0YWIw | Cookies: Parsing b[]: SESSION=******
			jsessionid=ABC123 in the URL | jsessionid=****** in the URL
			Cookie: WEBEX_SESSION=wxs1.k1.QUJDREVGR0hJSktMTU5PUA; XSRF-TOKEN=7f3c | Cookie: WEBEX_SESSION=******; XSRF-TOKEN=******
			cookie WEBEX_AUTH_STATE=wxs1.k1.QUJDREVGR0hJSktMTU5PUA expired | cookie WEBEX_AUTH_STATE=****** expired
			found xsrf-token=7f3c-11 in request | found xsrf-token=****** in request
			`{"name":"w","targetUrl":"http://h/k","secret":"_x-wAWGQ_9YSQ","status":"active"}` | `{"name":"w","targetUrl":"http://h/k","secret":"******","status":"active"}`
			`body "{\\"secret\\":\\"s1\\",\\"name\\":\\"w\\"}"` | `body "{\\"secret\\":\\"******\\",\\"name\\":\\"w\\"}"`
			`{"webhookSecret" : "s1"}` | `{"webhookSecret" : "******"}`
			name=w&secret=s1&resource=messages | name=w&secret=******&resource=messages
			POST /webhook?secret=s1 HTTP/1.1 | POST /webhook?secret=****** HTTP/1.1
			`WebhookRequest[name=w, secret=s1, ownedBy=null]` | `WebhookRequest[name=w, secret=******, ownedBy=null]`
			""")
	@Tag("E4")
	void maskWhenSecretInUrlFormJsonHeaderOrCookieThenOnlyTheValueIsMasked(String line, String masked) { // E4
		assertThat(this.masker.mask(line)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			`{"roomId":"r1","text":"Hello \\"you\\", see \\\\ this","markdown":"**hi**","html":"<p>hi</p>"}` | `{"roomId":"r1","text":"******","markdown":"******","html":"******"}`
			_csrf=t0k3n&text=Hello+there%21 | _csrf=******&text=******
			`Read "application/json" to ["{"roomId":"Y2lz","markdown": (truncated)..."]` | `Read "application/json" to ["{"roomId":"Y2lz","markdown": (truncated)..."]`
			""")
	void maskWhenMessageContentInJsonOrFormThenOnlyItsValueIsMasked(String line, String masked) {
		assertThat(this.masker.mask(line)).isEqualTo(masked);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Writing [{7b226163636573735f746f6b656e223a2273696d61745f73774c2d36227d}] | Writing [{******}]
			Writing [{7b226163636573735f746f6b656e223a2273696d61745f (truncated)...] | Writing [{****** (truncated)...]
			""")
	@Tag("E4")
	void maskWhenBodyPrintedAsHexBytesThenTheBytesAreMasked(String line, String masked) { // E4
		assertThat(this.masker.mask(line)).isEqualTo(masked);
	}

	@Test
	@Tag("E4")
	void maskWhenStackTraceCarriesSecretsThenMaskedOnEveryLine() { // E4
		String trace = """
				java.lang.IllegalStateException: callback http://h/oauth?code=c1&state=s1 failed
				\tat io.webexkit.app.connect.X.y(X.java:1)
				Caused by: java.io.IOException: refused Bearer simat_0123456789abcdefXYZ
				""";
		assertThat(this.masker.mask(trace)).doesNotContain("c1", "s1", "simat_").contains("at io.webexkit.app");
	}

	@Test
	@Tag("E4")
	void maskWhenSealedValueAppearsWithoutItsCookieNameThenMaskedWhileTrackingIdsStay() { // E4
		SealedValues sealed = new SealedValues(TestKeys.ring(), "session");
		String value = sealed.seal("person".getBytes(StandardCharsets.UTF_8));
		String trackingId = "0b6f7f2e-3c1d-4e5f-8a9b-1c2d3e4f5a6b";
		String line = "Rejected value [" + value + "] (TrackingID " + trackingId + ")";
		assertThat(this.masker.mask(line)).isEqualTo("Rejected value [******] (TrackingID " + trackingId + ")");
	}

	@Test
	@Tag("E6")
	void maskWhenKnownSecretAppearsAnywhereThenMasked() { // E6
		this.masker.addKnownSecret("  0123456789abcdef-secret ");
		this.masker.addKnownSecret("0123456789abcdef-secret-longer");
		assertThat(this.masker.mask("invalid_client for 0123456789abcdef-secret-longer and x0123456789abcdef-secret"))
			.isEqualTo("invalid_client for ****** and x******");
	}

	@Test
	void addKnownSecretWhenShortOrBlankThenIgnoredSoOrdinaryWordsStay() {
		this.masker.addKnownSecret("webex");
		this.masker.addKnownSecret("   ");
		String line = "Started webex-app with the simulated webex";
		assertThat(this.masker.mask(line)).isSameAs(line);
	}

}
