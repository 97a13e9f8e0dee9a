package io.webexkit.app.logging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.webexkit.spring.TokenKeyRing;
import io.webexkit.spring.WebexCredentials;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class KnownSecretsTests {

	@Test
	@Tag("E6")
	void environmentWhenSecretsConfiguredThenEachMaskedWhereverItAppears() { // E6
		MockEnvironment environment = new MockEnvironment().withProperty("webex.client-secret", "c1ient-secret-value")
			.withProperty("webex.token-key", "Zmlyc3Qta2V5LXZhbHVl, c2Vjb25kLWtleS12YWx1ZQ==")
			.withProperty("spring.datasource.password", "db-password-value");
		SecretMasker masker = new SecretMasker();
		KnownSecrets.register(environment, masker);
		assertThat(masker.mask("c1ient-secret-value Zmlyc3Qta2V5LXZhbHVl c2Vjb25kLWtleS12YWx1ZQ== db-password-value"))
			.isEqualTo("****** ****** ****** ******");
	}

	@Test
	void environmentWhenRegisteredInSpringFactoriesThenReadBeforeLoggingStarts() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
			.anySatisfy((listener) -> assertThat(listener).isInstanceOf(KnownSecrets.FromEnvironment.class));
		MockEnvironment environment = new MockEnvironment().withProperty("webex.client-secret", "listener-secret-1");
		new KnownSecrets.FromEnvironment().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(
				new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment));
		assertThat(SecretMasker.SHARED.mask("invalid_client for listener-secret-1")).endsWith("for ******");
	}

	@Test
	@Tag("E6")
	void beansWhenCredentialsOrGeneratedKeyCreatedThenMasked(@TempDir Path dataDir) throws Exception { // E6
		KnownSecrets.FromBeans registrar = new KnownSecrets.FromBeans();
		registrar.postProcessAfterInitialization(new WebexCredentials("simulated", "made-up-at-start-up"), "c");
		registrar.postProcessAfterInitialization(TokenKeyRing.load(null, dataDir, true), "k");
		String key = Files.readString(dataDir.resolve("token.key"), StandardCharsets.US_ASCII).trim();
		assertThat(SecretMasker.SHARED.mask("made-up-at-start-up " + key)).isEqualTo("****** ******");
	}

}
