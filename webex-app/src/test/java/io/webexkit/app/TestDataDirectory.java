package io.webexkit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh data directory (embedded database, generated key) per test context, or one shared by all. */
public final class TestDataDirectory {

	private static final Path SHARED = create();

	private TestDataDirectory() {
	}

	/** The data directory of the contexts that {@link AppIntegrationTest} shares. */
	public static Path shared() {
		return SHARED;
	}

	public static Path register(DynamicPropertyRegistry registry) {
		Path dir = create();
		registry.add("webex.data-dir", dir::toString);
		return dir;
	}

	/** A new, empty data directory. */
	public static Path create() {
		try {
			return Files.createTempDirectory("webex-app-test");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points a context at the shared data directory (an initializer, so every user shares one cached context). */
	public static final class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("shared-test-data-directory",
						Map.of("webex.data-dir", SHARED.toString())));
		}

	}

}
