package io.webexkit.app.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** When the browser tests run, skip, or fail: a missing browser may skip them on a laptop, never in CI. */
class ChromiumTests {

	@TempDir
	Path dir;

	@Test
	void evaluateWhenBothBinariesExecutableThenEnabled() throws IOException {
		assertThat(Chromium.evaluate(executable("chromium"), executable("chromedriver"), true).isDisabled()).isFalse();
	}

	@Test
	void evaluateWhenBrowserMissingOutsideCiThenSkippedSayingWhatToInstall() throws IOException {
		File missing = this.dir.resolve("no-chromium").toFile();

		assertThat(Chromium.evaluate(missing, executable("chromedriver"), false)).satisfies((result) -> {
			assertThat(result.isDisabled()).isTrue();
			assertThat(result.getReason()).hasValueSatisfying((reason) -> assertThat(reason).contains(missing.toString())
				.contains("apt-get install chromium chromium-driver")
				.contains("CI=true"));
		});
	}

	@Test
	void evaluateWhenDriverMissingInCiThenFailsInsteadOfSkipping() throws IOException {
		File missing = this.dir.resolve("no-chromedriver").toFile();

		assertThatIllegalStateException().isThrownBy(() -> Chromium.evaluate(executable("chromium"), missing, true))
			.withMessageContaining("CI=true")
			.withMessageContaining(missing.toString());
	}

	@Test
	void evaluateWhenFileExistsButIsNotExecutableInCiThenFails() throws IOException {
		File notExecutable = Files.createFile(this.dir.resolve("chromium")).toFile();

		assertThatIllegalStateException()
			.isThrownBy(() -> Chromium.evaluate(notExecutable, executable("chromedriver"), true));
	}

	private File executable(String name) throws IOException {
		File file = Files.createFile(this.dir.resolve(name + "-bin")).toFile();
		assertThat(file.setExecutable(true)).isTrue();
		return file;
	}

}
