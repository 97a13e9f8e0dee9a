package io.webexkit.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackRedirectsTests {

	@ParameterizedTest
	@CsvSource({ "http://localhost/oauth, http://localhost:43210/oauth",
			"http://127.0.0.1/callback, http://127.0.0.1:1/callback", "http://[::1]/oauth, http://[::1]:8080/oauth",
			"http://localhost/oauth?app=a, http://localhost:8080/oauth?app=a",
			"http://localhost/oauth, http://LOCALHOST:8080/oauth" })
	void anyPortMatchesWhenOnlyThePortDiffersThenAccepted(String registered, String requested) {
		assertThat(LoopbackRedirects.anyPortMatches(registered, requested)).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "http://localhost/oauth, http://localhost:8080/other", "http://localhost/oauth, http://localhost:8080/oauth/",
			"http://localhost/oauth, http://localhost:8080/oauth?next=/admin", "http://localhost/oauth, http://localhost:8080/oauth#x",
			"http://localhost/oauth, http://127.0.0.1:8080/oauth", "http://localhost/oauth, https://localhost:8443/oauth",
			"http://localhost/oauth, http://evil@localhost:8080/oauth",
			"http://localhost/oauth, http://localhost:8080@evil.example/oauth",
			"http://localhost/oauth, http://localhost.evil.example:8080/oauth",
			"http://localhost:10060/oauth, http://localhost:8080/oauth", "http://example.com/oauth, http://example.com:8080/oauth",
			"https://localhost/oauth, https://localhost:8443/oauth", "http://127.0.0.2/oauth, http://127.0.0.2:8080/oauth",
			"http://localhost/oauth, not a uri" })
	void anyPortMatchesWhenMoreThanThePortDiffersOrNotPortlessLoopbackThenRefused(String registered, String requested) {
		assertThat(LoopbackRedirects.anyPortMatches(registered, requested)).isFalse();
	}

}
