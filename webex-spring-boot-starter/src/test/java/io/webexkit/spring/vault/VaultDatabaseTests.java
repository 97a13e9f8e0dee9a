package io.webexkit.spring.vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The vault's database as the driver describes it, and what the vault needs from an embedded one. */
class VaultDatabaseTests {

	@TempDir
	Path dir;

	@Test
	void ofWhenH2OpenedReadOnlyThenStartRefusedNamingTheDataDirectory() {
		String url = "jdbc:h2:file:" + this.dir.resolve("webex");
		VaultDatabase.of(new DriverManagerDataSource(url)); // creates the file
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> VaultDatabase.of(new DriverManagerDataSource(url + ";ACCESS_MODE_DATA=r")))
			.withMessageContaining("is read-only")
			.withMessageContaining(this.dir.resolve("webex.mv.db").toString())
			.satisfies((ex) -> assertThat(ex.action()).contains("WEBEX_DATA_DIR"));
	}

	@Test
	void ofWhenH2FileReadableByOthersThenMadeOwnerOnly() throws Exception {
		Path file = this.dir.resolve("webex.mv.db");
		SingleConnectionDataSource open = new SingleConnectionDataSource("jdbc:h2:file:" + this.dir.resolve("webex"),
				true);
		try {
			open.getConnection().close();
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--")); // a umask of 022

			VaultDatabase.of(open);

			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		finally {
			open.destroy();
		}
	}

	@Test
	void inMemoryWhenMemoryUrlThenTrueAndWhenFileThenFalse() {
		assertThat(new VaultDatabase("h2", "jdbc:h2:mem:abc").inMemory()).isTrue();
		assertThat(new VaultDatabase("h2", "jdbc:h2:file:./data/webex").inMemory()).isFalse();
		assertThat(new VaultDatabase("postgresql", "jdbc:postgresql://db/webex").inMemory()).isFalse();
	}

	@Test
	void locationWhenSettingsOrParametersThenLeftOut() {
		assertThat(new VaultDatabase("h2", "jdbc:h2:file:./data/webex;USER=sa;PASSWORD=secret").location())
			.isEqualTo("jdbc:h2:file:./data/webex");
		assertThat(new VaultDatabase("postgresql", "jdbc:postgresql://db/webex?password=secret").location())
			.isEqualTo("jdbc:postgresql://db/webex");
	}

}
