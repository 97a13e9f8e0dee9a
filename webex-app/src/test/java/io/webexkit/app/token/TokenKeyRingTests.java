package io.webexkit.app.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
	}

	@Test
	void loadWhenNoKeyAndSharedDatabaseThenFailsWithInstructions() {
		assertThatIllegalStateException().isThrownBy(() -> TokenKeyRing.load(null, this.dataDir, false))
			.withMessageContaining("WEBEX_TOKEN_KEY");
	}

	@Test
	void loadWhenKeyIsNotBase64ThenNamesTheVariable() {
		assertThatIllegalArgumentException().isThrownBy(() -> TokenKeyRing.load("not base64!", this.dataDir, false))
			.withMessageContaining("WEBEX_TOKEN_KEY");
	}

	@Test
	void loadWhenKeyHasWrongLengthThenSaysHowLong() {
		assertThatIllegalArgumentException().isThrownBy(() -> TokenKeyRing.load("c2hvcnQ=", this.dataDir, false))
			.withMessageContaining("32 bytes");
	}

	@Test
	void loadWhenSeveralKeysThenNewestFirstAndAllFindable() {
		String newest = TokenCipherTests.key();
		String older = TokenCipherTests.key();
		TokenKeyRing ring = TokenKeyRing.load(newest + ", " + older, this.dataDir, false);
		TokenKeyRing olderOnly = TokenKeyRing.load(older, this.dataDir, false);
		assertThat(ring.current().id()).isNotEqualTo(olderOnly.current().id());
		assertThat(ring.find(olderOnly.current().id())).isPresent();
		assertThat(ring.current().toString()).doesNotContain(newest);
	}

}
