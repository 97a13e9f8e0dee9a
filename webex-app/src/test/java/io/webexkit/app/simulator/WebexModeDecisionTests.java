package io.webexkit.app.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebexModeDecisionTests {

	@Test
	void ofWhenNothingSetThenSimulatedAndWarned() {
		WebexModeDecision decision = WebexModeDecision.of(new MockEnvironment());
		assertThat(decision.mode()).isEqualTo(WebexMode.SIMULATED);
		assertThat(decision.warnings()).singleElement()
			.satisfies((warning) -> assertThat(warning).startsWith("Simulator mode (WEBEX_CLIENT_ID and "
					+ "WEBEX_CLIENT_SECRET are unset)").contains("anyone who can reach it can sign in"));
	}

	@Test
	void ofWhenCredentialsSetThenRealWithoutWarnings() {
		WebexModeDecision decision = WebexModeDecision.of(credentials());
		assertThat(decision.mode()).isEqualTo(WebexMode.REAL);
		assertThat(decision.warnings()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "FALSE", " false " })
	void ofWhenSimulatorFalseAndCredentialsSetThenReal(String value) {
		assertThat(WebexModeDecision.of(credentials().withProperty("webex.simulator", value)).mode())
			.isEqualTo(WebexMode.REAL);
	}

	@Test
	void ofWhenSimulatorTrueAndCredentialsSetThenSimulatedAndWarnsThatTheyAreIgnored() {
		WebexModeDecision decision = WebexModeDecision.of(credentials().withProperty("webex.simulator", "true"));
		assertThat(decision.mode()).isEqualTo(WebexMode.SIMULATED);
		assertThat(decision.warnings()).anySatisfy((warning) -> assertThat(warning)
			.isEqualTo("WEBEX_SIMULATOR=true: WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are ignored, the app talks to "
					+ "its simulated Webex"))
			.anySatisfy((warning) -> assertThat(warning).startsWith("Simulator mode (WEBEX_SIMULATOR=true)"));
	}

	@Test
	void ofWhenSimulatorFalseWithoutCredentialsThenRefusedNamingThem() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> WebexModeDecision.of(new MockEnvironment().withProperty("webex.simulator", "false")))
			.withMessageContaining("WEBEX_SIMULATOR=false")
			.withMessageContaining("WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are unset")
			.satisfies((ex) -> assertThat(ex.action()).contains("WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "yes", "1", "on", "simulated", "true,false" })
	void ofWhenSimulatorValueInvalidThenRefusedNamingIt(String value) {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> WebexModeDecision.of(credentials().withProperty("webex.simulator", value)))
			.withMessageStartingWith("WEBEX_SIMULATOR must be true, false or unset");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"spring.datasource.url | jdbc:postgresql://db.internal:5432/webex | SPRING_DATASOURCE_URL",
			"spring.datasource.url | jdbc:h2:tcp://db.internal/webex | SPRING_DATASOURCE_URL",
			"spring.datasource.url | jdbc:h2:ssl://localhost/webex | SPRING_DATASOURCE_URL",
			"spring.datasource.url | JDBC:H2:TCP://localhost/webex | SPRING_DATASOURCE_URL",
			"spring.datasource.url | jdbc:h2:file:./data/webex;AUTO_SERVER=TRUE | SPRING_DATASOURCE_URL",
			"webex.token-key | a2V5 | WEBEX_TOKEN_KEY",
			"webex.token-key-file | /run/secrets/token-key | WEBEX_TOKEN_KEY_FILE",
			"server.forward-headers-strategy | native | SERVER_FORWARD_HEADERS_STRATEGY",
			"server.forward-headers-strategy | framework | SERVER_FORWARD_HEADERS_STRATEGY",
			"webex.redirect-uri | https://webex.example.com/oauth | WEBEX_REDIRECT_URI",
			"webex.redirect-uri | http://10.0.0.5:10060/oauth | WEBEX_REDIRECT_URI",
			"webex.redirect-uri | http://localhost.example.com/oauth | WEBEX_REDIRECT_URI",
			"webex.redirect-uri | http://127.0.0.1.example.com/oauth | WEBEX_REDIRECT_URI" })
	void ofWhenSimulatedWithAProductionSettingThenRefusedNamingTheVariable(String property, String value,
			String variable) {
		for (MockEnvironment environment : new MockEnvironment[] { new MockEnvironment(),
				credentials().withProperty("webex.simulator", "true") }) {
			assertThatExceptionOfType(StartupRefusedException.class)
				.isThrownBy(() -> WebexModeDecision.of(environment.withProperty(property, value)))
				.withMessageStartingWith("Simulator mode (")
				.withMessageContaining(variable)
				.satisfies((ex) -> assertThat(ex.action()).contains("WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET"));
		}
	}

	@Test
	void ofWhenSimulatedWithSeveralProductionSettingsThenNamesThemAll() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/webex")
			.withProperty("webex.token-key", "a2V5")
			.withProperty("server.forward-headers-strategy", "native");
		assertThatExceptionOfType(StartupRefusedException.class).isThrownBy(() -> WebexModeDecision.of(environment))
			.withMessageContaining("SPRING_DATASOURCE_URL")
			.withMessageContaining("WEBEX_TOKEN_KEY")
			.withMessageContaining("SERVER_FORWARD_HEADERS_STRATEGY");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "spring.datasource.url | jdbc:h2:file:./data/webex;DB_CLOSE_ON_EXIT=FALSE",
			"spring.datasource.url | jdbc:h2:mem:test", "spring.datasource.url | jdbc:h2:./data/webex",
			"spring.datasource.url | jdbc:h2:~/webex", "server.forward-headers-strategy | none",
			"server.forward-headers-strategy | NONE", "webex.redirect-uri | http://localhost:10060/oauth",
			"webex.redirect-uri | http://127.0.0.1:10060/oauth", "webex.redirect-uri | http://127.10.20.30/oauth",
			"webex.redirect-uri | http://[::1]:10060/oauth", "webex.token-key | ' '" })
	void ofWhenSimulatedWithLocalSettingsThenSimulated(String property, String value) {
		assertThat(WebexModeDecision.of(new MockEnvironment().withProperty(property, value)).mode())
			.isEqualTo(WebexMode.SIMULATED);
	}

	@Test
	void ofWhenRealWithProductionSettingsThenReal() {
		MockEnvironment environment = credentials().withProperty("spring.datasource.url", "jdbc:postgresql://db/webex")
			.withProperty("webex.token-key", "a2V5")
			.withProperty("server.forward-headers-strategy", "native")
			.withProperty("webex.redirect-uri", "https://webex.example.com/oauth");
		assertThat(WebexModeDecision.of(environment).mode()).isEqualTo(WebexMode.REAL);
	}

	@Test
	void modeWhenEachThenOwnRegistrationAndGrantPath() {
		assertThat(WebexMode.REAL.registrationId()).isEqualTo("webex");
		assertThat(WebexMode.SIMULATED.registrationId()).isEqualTo("webex-simulator");
		assertThat(WebexMode.SIMULATED.grantPath()).isEqualTo("/oauth2/authorization/webex-simulator");
	}

	private static MockEnvironment credentials() {
		return new MockEnvironment().withProperty("webex.client-id", "id").withProperty("webex.client-secret", "s");
	}

}
