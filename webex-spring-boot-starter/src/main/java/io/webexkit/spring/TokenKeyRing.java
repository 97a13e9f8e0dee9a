package io.webexkit.spring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.spring.StartupRefusedException;
import io.webexkit.spring.vault.DataDirectory;

/**
 * The AES keys that protect stored tokens, newest first. New writes use the newest; older keys still decrypt the rows
 * they wrote (looked up by key id, a fingerprint of the key), so keys can be rotated without downtime.
 */
public final class TokenKeyRing {

	private static final Logger log = LoggerFactory.getLogger(TokenKeyRing.class);

	static final String KEY_FILE = "token.key";

	private static final String GENERATE = "Generate a key with: openssl rand -base64 32";

	/**
	 * The generated keys of in-memory databases, by database name. H2 keeps a named memory database for the whole
	 * JVM (with {@code DB_CLOSE_DELAY=-1}), so the key lives as long: two application contexts on one such database,
	 * as test suites have, then read each other's grants.
	 */
	private static final ConcurrentMap<String, TokenKey> MEMORY_KEYS = new ConcurrentHashMap<>();

	private final List<TokenKey> keys;

	private final Map<String, TokenKey> byId;

	private final String source;

	TokenKeyRing(List<TokenKey> keys, String source) {
		if (keys.isEmpty()) {
			throw new StartupRefusedException(source + " holds no token key", GENERATE);
		}
		this.keys = List.copyOf(keys);
		this.source = source;
		Map<String, TokenKey> map = new LinkedHashMap<>();
		keys.forEach((key) -> map.putIfAbsent(key.id(), key));
		this.byId = Collections.unmodifiableMap(map); // keeps the ring's order: newest first
	}

	/** {@link #load(String, Path, Path, boolean)} without a key file. */
	public static TokenKeyRing load(@Nullable String configured, Path dataDir, boolean embeddedDatabase) {
		return load(configured, null, dataDir, embeddedDatabase);
	}

	/**
	 * Keys from {@code WEBEX_TOKEN_KEY} or from the file {@code WEBEX_TOKEN_KEY_FILE} names (base64 keys separated by
	 * commas or line breaks, newest first; lines starting with {@code #} are comments), or, when neither is set and
	 * the database is the embedded one, a key generated once into the data directory with owner-only permissions.
	 * @throws StartupRefusedException naming the variable when a key is missing or malformed
	 */
	public static TokenKeyRing load(@Nullable String configured, @Nullable Path keyFile, Path dataDir,
			boolean embeddedDatabase) {
		boolean hasValue = configured != null && !configured.isBlank();
		if (hasValue && keyFile != null) {
			throw new StartupRefusedException("Both WEBEX_TOKEN_KEY and WEBEX_TOKEN_KEY_FILE are set",
					"Set only one of them: the key ring either in the variable or in the file it names.");
		}
		if (hasValue) {
			return new TokenKeyRing(parse(configured, "WEBEX_TOKEN_KEY"), "WEBEX_TOKEN_KEY");
		}
		if (keyFile != null) {
			String source = "WEBEX_TOKEN_KEY_FILE (" + keyFile + ")";
			warnIfOthersCanRead(keyFile);
			return new TokenKeyRing(parse(read(keyFile, source), source), source);
		}
		if (!embeddedDatabase) {
			throw new StartupRefusedException(
					"WEBEX_TOKEN_KEY or WEBEX_TOKEN_KEY_FILE must be set when the database is not the embedded one",
					"Every instance must share the same key ring. " + GENERATE
							+ ", and keep it apart from the database's backups.");
		}
		Path file = dataDir.resolve(KEY_FILE);
		return new TokenKeyRing(List.of(TokenKey.of(readOrGenerate(file))),
				"the generated key file " + file.toAbsolutePath() + " (WEBEX_TOKEN_KEY unset)");
	}

	/**
	 * The ring of an in-memory database with no key configured: a key generated in memory, never written anywhere,
	 * gone with the database. {@code url} names the database; a nameless one gets a key of its own.
	 */
	public static TokenKeyRing inMemory(String url) {
		String name = url.split(";", 2)[0];
		TokenKey key = name.equals("jdbc:h2:mem:") ? TokenKey.of(randomKey())
				: MEMORY_KEYS.computeIfAbsent(name, (ignored) -> TokenKey.of(randomKey()));
		return new TokenKeyRing(List.of(key), "a key generated in memory (WEBEX_TOKEN_KEY unset)");
	}

	public TokenKey current() {
		return this.keys.get(0);
	}

	public Optional<TokenKey> find(String keyId) {
		return Optional.ofNullable(this.byId.get(keyId));
	}

	/** The ids of every key in the ring, newest first. */
	public Set<String> ids() {
		return this.byId.keySet();
	}

	/** Where the keys came from, for messages to the operator (never the keys themselves). */
	public String source() {
		return this.source;
	}

	private static List<TokenKey> parse(String ring, String source) {
		List<TokenKey> keys = new ArrayList<>();
		int position = 0;
		for (String line : ring.split("\\R")) {
			if (line.strip().startsWith("#")) {
				continue;
			}
			for (String part : line.split(",")) {
				if (!part.isBlank()) {
					position++;
					keys.add(TokenKey.of(decode(part.strip(), source + " (key " + position + ")")));
				}
			}
		}
		return keys;
	}

	private static String read(Path file, String source) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new StartupRefusedException(source + " cannot be read: " + ex.getClass().getSimpleName(),
					"Point WEBEX_TOKEN_KEY_FILE at a readable file holding the key ring, one base64 key per line, "
							+ "newest first.");
		}
	}

	private static void warnIfOthersCanRead(Path file) {
		try {
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
				if (permissions.contains(PosixFilePermission.GROUP_READ)
						|| permissions.contains(PosixFilePermission.OTHERS_READ)) {
					log.warn("The token key file {} can be read by other users ({}): chmod 600 it", file,
							PosixFilePermissions.toString(permissions));
				}
			}
		}
		catch (IOException ex) {
			// unreadable attributes: reading the file itself will say what is wrong
		}
	}

	private static byte[] readOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
			}
			DataDirectory.create(file.toAbsolutePath().getParent());
			byte[] key = randomKey();
			writeOwnerOnly(file, Base64.getEncoder().encodeToString(key));
			log.warn("Generated a new token encryption key in {} (owner-only). Back it up apart from the database; "
					+ "set WEBEX_TOKEN_KEY or WEBEX_TOKEN_KEY_FILE to manage the key yourself.", file.toAbsolutePath());
			return key;
		}
		catch (FileAlreadyExistsException ex) {
			return readOrGenerate(file);
		}
		catch (IOException ex) {
			throw new StartupRefusedException("The token key file " + file + " cannot be read or created: "
					+ ex.getClass().getSimpleName(), "Check WEBEX_DATA_DIR and its permissions.");
		}
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private static void writeOwnerOnly(Path file, String content) throws IOException {
		boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (posix) {
			Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
			Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, content + "\n", StandardCharsets.US_ASCII);
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new StartupRefusedException(source + " is not valid base64", GENERATE);
		}
		if (key.length != 32) {
			throw new StartupRefusedException(
					source + " must be 32 bytes (base64 of 32 random bytes), got " + key.length + " bytes", GENERATE);
		}
		return key;
	}

	/** One AES-256 key and its id (the first 8 bytes of its SHA-256, hex). */
	public record TokenKey(String id, SecretKey secret) {

		static TokenKey of(byte[] raw) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
				String id = HexFormat.of().formatHex(digest, 0, 8);
				return new TokenKey(id, new SecretKeySpec(raw, "AES"));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String toString() {
			return "TokenKey[" + this.id + "]";
		}

	}

}
