package io.webexkit.spring.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DataDirectoryTests {

	@TempDir
	Path parent;

	private final List<Path> immutable = new ArrayList<>();

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

	@Test
	void onEnvironmentPreparedWhenDataDirectoryNotWritableThenRefusedNamingIt() throws Exception {
		Path dir = readOnly(Files.createDirectory(this.parent.resolve("locked")));
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> prepare(
					Map.of("webex.data-dir", dir.toString(), "spring.datasource.url", "jdbc:h2:file:" + dir + "/webex")))
			.withMessageContaining("WEBEX_DATA_DIR (" + dir.toAbsolutePath() + ") is not writable")
			.satisfies((ex) -> assertThat(ex.action()).contains("WEBEX_DATA_DIR"));
	}

	@Test
	void onEnvironmentPreparedWhenDatabaseFileNotWritableThenRefusedBeforeH2OpensItReadOnly() throws Exception {
		Path dir = Files.createDirectory(this.parent.resolve("data"));
		Path file = readOnly(Files.createFile(dir.resolve("webex.mv.db")));
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> prepare(Map.of("webex.data-dir", dir.toString(), "spring.datasource.url",
					"jdbc:h2:file:" + dir + "/webex;DB_CLOSE_ON_EXIT=FALSE")))
			.withMessageContaining("The database file " + file.toAbsolutePath() + " is not writable")
			.satisfies((ex) -> assertThat(ex.action()).contains("WEBEX_DATA_DIR"));
	}

	@Test
	void onEnvironmentPreparedWhenKeyConfiguredAndDatabaseElsewhereThenUnwritableDirectoryIsNoMatter()
			throws Exception {
		Path dir = readOnly(Files.createDirectory(this.parent.resolve("unused")));
		Path database = Files.createDirectory(this.parent.resolve("db")).resolve("webex");
		prepare(Map.of("webex.data-dir", dir.toString(), "spring.datasource.url", "jdbc:h2:file:" + database,
				"webex.token-key", "configured"));
	}

	/**
	 * Read-only for its owner. Permissions do not bind root (CI runs as root), so it is also made immutable there
	 * ({@code chattr +i}, which binds root too, undone after the test); skipped only where neither works.
	 */
	private Path readOnly(Path path) throws Exception {
		Files.setPosixFilePermissions(path,
				PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-x------" : "r--------"));
		if (Files.isWritable(path) && chattr("+i", path)) {
			this.immutable.add(path);
		}
		assumeFalse(Files.isWritable(path), "this user may write whatever the permissions say, and chattr failed");
		return path;
	}

	@AfterEach
	void mutableAgain() throws Exception {
		for (Path path : this.immutable) {
			chattr("-i", path); // or the temporary directory could not be deleted
		}
	}

	private static boolean chattr(String change, Path path) throws Exception {
		try {
			Process chattr = new ProcessBuilder("chattr", change, path.toString()).redirectErrorStream(true).start();
			chattr.getInputStream().readAllBytes();
			return chattr.waitFor() == 0;
		}
		catch (java.io.IOException ex) { // no chattr on this machine
			return false;
		}
	}

	private static void prepare(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new DataDirectory().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
				new SpringApplication(), new String[0], environment));
	}

}
