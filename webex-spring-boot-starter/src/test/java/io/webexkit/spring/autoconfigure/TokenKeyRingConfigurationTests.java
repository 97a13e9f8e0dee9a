package io.webexkit.spring.autoconfigure;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.webexkit.spring.TokenKeyRing;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no key configured, the generated key lives exactly as long as the grants it protects: in memory beside an
 * in-memory database, in the data directory beside an H2 file. The start-up log says which.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenKeyRingConfigurationTests {

	@TempDir
	Path dataDir;

	private ApplicationContextRunner runner(String url) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class, WebexAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + url, "webex.data-dir=" + this.dataDir,
					"webex.client-id=C-test", "webex.client-secret=test-secret");
	}

	@Test
	void keyRingWhenMemoryDatabaseThenKeyInMemoryNothingWrittenAndTheLogSaysBothAreEphemeral(CapturedOutput output) {
		String name = "jdbc:h2:mem:" + UUID.randomUUID();
		this.runner(name + ";DB_CLOSE_DELAY=-1").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(TokenKeyRing.class).source()).isEqualTo("a key generated in memory "
					+ "(WEBEX_TOKEN_KEY unset)");
		});
		assertThat(this.dataDir).isEmptyDirectory();
		assertThat(output).contains("Webex grants are kept in the in-memory database " + name
				+ ", under a key generated in memory (WEBEX_TOKEN_KEY unset): both are gone when the application "
				+ "stops");
	}

	@Test
	void keyRingWhenTwoContextsOnOneMemoryDatabaseThenOneKey() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		AtomicReference<String> first = new AtomicReference<>();
		this.runner(url).run((context) -> first.set(context.getBean(TokenKeyRing.class).current().id()));
		this.runner(url).run((context) -> assertThat(context.getBean(TokenKeyRing.class).current().id())
			.as("the grants the first context stored stay readable")
			.isEqualTo(first.get()));
		this.runner("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
			.run((context) -> assertThat(context.getBean(TokenKeyRing.class).current().id())
				.isNotEqualTo(first.get()));
	}

	@Test
	void keyRingWhenH2FileThenKeyFileBesideItAndTheLogNamesBoth(CapturedOutput output) {
		String url = "jdbc:h2:file:" + this.dataDir.resolve("webex");
		this.runner(url).run((context) -> assertThat(context).hasNotFailed());
		Path keyFile = this.dataDir.resolve("token.key");
		assertThat(keyFile).exists();
		assertThat(output).contains("Webex grants are kept in " + url + ", under the generated key file "
				+ keyFile.toAbsolutePath() + " (WEBEX_TOKEN_KEY unset).");
	}

}
