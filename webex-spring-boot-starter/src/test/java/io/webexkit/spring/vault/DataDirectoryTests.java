package io.webexkit.spring.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirectoryTests {

	@TempDir
	Path parent;

	@Test
	void onEnvironmentPreparedWhenEmbeddedDatabaseAndNoDataDirectoryThenCreatedOwnerOnly() throws Exception {
		Path dir = this.parent.resolve("webex/data");
		prepare(Map.of("webex.data-dir", dir.toString(), "spring.datasource.url", "jdbc:h2:file:" + dir + "/webex"));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
	}

	@Test
	void onEnvironmentPreparedWhenAnotherDatabaseThenNothingCreated() {
		Path dir = this.parent.resolve("unused");
		prepare(Map.of("webex.data-dir", dir.toString(), "spring.datasource.url", "jdbc:postgresql://db/webex"));
		assertThat(dir).doesNotExist();
	}

	@Test
	void createWhenDirectoryExistsThenLeftAsItIs() throws Exception {
		Path dir = Files.createDirectory(this.parent.resolve("existing"));
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
		DataDirectory.create(dir);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwxr-x---");
	}

	private static void prepare(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new DataDirectory().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

}
