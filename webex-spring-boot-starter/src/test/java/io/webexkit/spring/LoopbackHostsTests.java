package io.webexkit.spring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackHostsTests {

	@ParameterizedTest
	@ValueSource(strings = { "localhost", "LOCALHOST", "127.0.0.1", "127.255.255.254", "127.1.2.3", "[::1]",
			"[0:0:0:0:0:0:0:1]" })
	void isLoopbackWhenLiteralLoopbackThenTrue(String host) {
		assertThat(LoopbackHosts.isLoopback(host)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "example.com", "localhost.example.com", "127.0.0.1.example.com", "127.1", "127.0.0.256",
			"128.0.0.1", "0x7f.0.0.1", "10.0.0.1", "0.0.0.0", "[::]", "[::ffff:7f00:1]", "localhost.", "" })
	void isLoopbackWhenAnythingElseThenFalseWithoutAskingDns(String host) {
		assertThat(LoopbackHosts.isLoopback(host)).isFalse();
	}

}
