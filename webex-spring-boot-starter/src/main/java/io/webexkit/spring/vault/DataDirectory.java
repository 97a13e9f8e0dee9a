package io.webexkit.spring.vault;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.StartupRefusedException;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * {@code WEBEX_DATA_DIR} holds the embedded database and the generated token key: it is created owner-only (0700)
 * before anything writes into it, an existing one that other users can enter is reported, and one this user cannot
 * write stops the start (H2 would open its file read-only, and every grant would fail later). Runs as soon as the
 * environment is known, before the database opens its file.
 */
public final class DataDirectory implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

	private static final String H2_FILE = "jdbc:h2:file:";

	/** {@code WebexProperties}' default, for hosts that do not set {@code webex.data-dir}. */
	private static final String DEFAULT = "./data";

	/** The files H2 keeps beside a file database, after its path. */
	private static final List<String> H2_SUFFIXES = List.of(".mv.db", ".trace.db", ".lock.db");

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith(H2_FILE)) {
			return;
		}
		String dir = environment.getProperty("webex.data-dir", DEFAULT);
		Path directory = Path.of(dir).toAbsolutePath().normalize();
		Path database = h2Path(url);
		Path file = Path.of(database + H2_SUFFIXES.get(0));
		if (Files.exists(file) && !Files.isWritable(file)) {
			throw new StartupRefusedException("The database file " + file + " is not writable by this user ("
					+ System.getProperty("user.name") + "): H2 would open it read-only and no grant could be stored.",
					database.startsWith(directory) ? writable(directory)
							: "Make it writable by the user running the app, or point SPRING_DATASOURCE_URL "
									+ "at a database file this user can write.");
		}
		List<String> held = new ArrayList<>();
		if (database.startsWith(directory)) {
			held.add("the embedded database");
		}
		if (!StringUtils.hasText(environment.getProperty("webex.token-key"))
				&& !StringUtils.hasText(environment.getProperty("webex.token-key-file"))) {
			held.add("the generated token key");
		}
		if (held.isEmpty()) {
			return; // nothing of the starter's goes there
		}
		try {
			create(directory);
		}
		catch (IOException ex) {
			throw new StartupRefusedException("WEBEX_DATA_DIR (" + dir + ") cannot be created: "
					+ ex.getClass().getSimpleName(), "Point WEBEX_DATA_DIR at a directory this user can write.");
		}
		if (!Files.isWritable(directory)) {
			throw new StartupRefusedException("WEBEX_DATA_DIR (" + directory + ") is not writable by this user ("
					+ System.getProperty("user.name") + "); it holds " + String.join(" and ", held) + ".",
					writable(directory));
		}
	}

	/** Creates {@code dir} (and missing parents) readable by its owner only; warns when an existing one is not. */
	public static void create(Path dir) throws IOException {
		boolean posix = posix(dir);
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

	/**
	 * Makes the files of the H2 database at {@code database} (its path without {@code .mv.db}) owner-only: H2
	 * creates them with the process's umask, usually readable by everyone, and they hold the encrypted tokens.
	 */
	static void restrictDatabaseFiles(Path database) {
		if (!posix(database)) {
			return;
		}
		for (String suffix : H2_SUFFIXES) {
			Path file = Path.of(database + suffix);
			try {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
				if (permissions.removeIf(OTHERS::contains)) {
					Files.setPosixFilePermissions(file, permissions);
					log.info("Made the database file {} owner-only: it holds the encrypted Webex tokens", file);
				}
			}
			catch (IOException ex) {
				// absent (H2 writes a trace file only after an error), or not ours to change: nothing to do
			}
		}
	}

	private static String writable(Path directory) {
		return "Make " + directory + " and the files in it writable by the user running the app (chown -R them to "
				+ "that user, chmod 700 the directory), or point WEBEX_DATA_DIR at a directory this user can write.";
	}

	/** The path of an H2 file database, as H2 reads {@code jdbc:h2:file:<path>[;settings]}. */
	private static Path h2Path(String url) {
		String path = url.substring(H2_FILE.length());
		int settings = path.indexOf(';');
		path = (settings >= 0) ? path.substring(0, settings) : path;
		if (path.startsWith("~")) {
			path = System.getProperty("user.home") + path.substring(1);
		}
		return Path.of(path).toAbsolutePath().normalize();
	}

	private static boolean posix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
