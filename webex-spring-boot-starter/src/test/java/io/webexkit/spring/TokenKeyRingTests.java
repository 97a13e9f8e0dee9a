package io.webexkit.spring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.webexkit.spring.StartupRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenKeyRingTests {

	@TempDir
	Path dataDir;

	@Test
	void loadWhenNoKeyAndEmbeddedThenGeneratesOwnerOnlyFileOnceAndReusesIt() throws Exception {
		TokenKeyRing first = TokenKeyRing.load(null, this.dataDir, true);
		Path file = this.dataDir.resolve(TokenKeyRing.KEY_FILE);
		assertThat(file).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		TokenKeyRing second = TokenKeyRing.load(" ", this.dataDir, true);
		assertThat(second.current().id()).isEqualTo(first.current().id());
		assertThat(second.source()).contains(file.toString()).doesNotContain(Files.readString(file).strip());
	}

	@Test
	void loadWhenNoKeyAndDataDirectoryMissingThenCreatesItOwnerOnly() throws Exception {
		Path missing = this.dataDir.resolve("fresh/data");
		TokenKeyRing.load(null, missing, true);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(missing))).isEqualTo("rwx------");
	}

	@Test
	void loadWhenNoKeyAndSharedDatabaseThenRefusedWithInstructions() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> TokenKeyRing.load(null, this.dataDir, false))
			.withMessageContaining("WEBEX_TOKEN_KEY")
			.satisfies((ex) -> assertThat(ex.action()).contains("openssl rand -base64 32"));
	}

	@Test
	void loadWhenKeyIsNotBase64ThenNamesTheVariable() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> TokenKeyRing.load("not base64!", this.dataDir, false))
			.withMessageContaining("WEBEX_TOKEN_KEY");
	}

	@Test
	void loadWhenKeyHasWrongLengthThenSaysHowLong() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> TokenKeyRing.load("c2hvcnQ=", this.dataDir, false))
			.withMessageContaining("32 bytes");
	}

	@Test
	void loadWhenSeveralKeysThenNewestFirstAndAllFindable() {
		String newest = TestKeys.random();
		String older = TestKeys.random();
		TokenKeyRing ring = TokenKeyRing.load(newest + ", " + older, this.dataDir, false);
		TokenKeyRing olderOnly = TokenKeyRing.load(older, this.dataDir, false);
		assertThat(ring.current().id()).isNotEqualTo(olderOnly.current().id());
		assertThat(ring.find(olderOnly.current().id())).isPresent();
		assertThat(ring.ids()).hasSize(2);
		assertThat(ring.current().toString()).doesNotContain(newest);
	}

	@Test
	void loadWhenKeyFileThenReadsTheRingNewestFirstWithCommentsAndLineBreaks() throws Exception {
		String newest = TestKeys.random();
		String older = TestKeys.random();
		Path file = this.dataDir.resolve("ring");
		Files.writeString(file, "# rotated on 2026-11-30\n" + newest + "\n\n" + older + "\n");
		TokenKeyRing ring = TokenKeyRing.load(null, file, this.dataDir, false);
		assertThat(ring.current().id()).isEqualTo(TokenKeyRing.load(newest, this.dataDir, false).current().id());
		assertThat(ring.ids()).containsExactly(ring.current().id(),
				TokenKeyRing.load(older, this.dataDir, false).current().id());
		assertThat(ring.source()).contains("WEBEX_TOKEN_KEY_FILE").doesNotContain(newest);
		assertThat(this.dataDir.resolve(TokenKeyRing.KEY_FILE)).as("nothing generated").doesNotExist();
	}

	@Test
	void loadWhenKeyFileMissingThenRefusedNamingTheVariable() {
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> TokenKeyRing.load(null, this.dataDir.resolve("absent"), this.dataDir, true))
			.withMessageContaining("WEBEX_TOKEN_KEY_FILE");
	}

	@Test
	void loadWhenKeyFileHoldsABadKeyThenRefusedNamingTheFileAndPosition() throws Exception {
		Path file = this.dataDir.resolve("ring");
		Files.writeString(file, TestKeys.random() + "\nc2hvcnQ=\n");
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> TokenKeyRing.load(null, file, this.dataDir, false))
			.withMessageContaining("WEBEX_TOKEN_KEY_FILE")
			.withMessageContaining("key 2");
	}

	@Test
	void loadWhenBothKeyAndKeyFileThenRefused() throws Exception {
		Path file = this.dataDir.resolve("ring");
		Files.writeString(file, TestKeys.random());
		assertThatExceptionOfType(StartupRefusedException.class)
			.isThrownBy(() -> TokenKeyRing.load(TestKeys.random(), file, this.dataDir, false))
			.withMessageContaining("WEBEX_TOKEN_KEY_FILE");
	}

}
