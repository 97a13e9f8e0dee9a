package io.webexkit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh data directory (embedded database, generated key) per test context. */
public final class TestDataDirectory {

	private TestDataDirectory() {
	}

	public static Path register(DynamicPropertyRegistry registry) {
		try {
			Path dir = Files.createTempDirectory("webex-app-test");
			registry.add("webex.data-dir", dir::toString);
			return dir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
