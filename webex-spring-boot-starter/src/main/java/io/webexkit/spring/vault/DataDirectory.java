package io.webexkit.spring.vault;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * {@code WEBEX_DATA_DIR} holds the embedded database and the generated token key: it is created owner-only (0700)
 * before anything writes into it, and an existing one that other users can enter is reported. Runs as soon as the
 * environment is known, before the database opens its file.
 */
public final class DataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		String dir = environment.getProperty("webex.data-dir");
		if (dir != null && url.startsWith("jdbc:h2:file:")) {
			try {
				create(Path.of(dir));
			}
			catch (IOException ex) {
				throw new StartupRefusedException("WEBEX_DATA_DIR (" + dir + ") cannot be created: "
						+ ex.getClass().getSimpleName(), "Point WEBEX_DATA_DIR at a directory this user can write.");
			}
		}
	}

	/** Creates {@code dir} (and missing parents) readable by its owner only; warns when an existing one is not. */
	public static void create(Path dir) throws IOException {
		boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (Files.isDirectory(dir)) {
			if (posix && Files.getPosixFilePermissions(dir).stream().anyMatch(OTHERS::contains)) {
				log.warn("The data directory {} can be entered by other users ({}): it holds the database and may hold "
						+ "the token key; chmod 700 it", dir.toAbsolutePath(),
						PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
			}
			return;
		}
		Path parent = dir.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try {
			if (posix) {
				Files.createDirectory(dir,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			}
			else {
				Files.createDirectory(dir);
			}
		}
		catch (FileAlreadyExistsException ex) {
			// another instance starting on the same directory made it first
		}
	}

}
