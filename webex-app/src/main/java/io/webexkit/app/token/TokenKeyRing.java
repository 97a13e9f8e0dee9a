package io.webexkit.app.token;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AES keys that protect stored tokens, newest first. New writes use the newest; older keys still decrypt the rows
 * they wrote (looked up by key id, a fingerprint of the key), so keys can be rotated without downtime.
 */
public final class TokenKeyRing {

	private static final Logger log = LoggerFactory.getLogger(TokenKeyRing.class);

	static final String KEY_FILE = "token.key";

	private final List<TokenKey> keys;

	private final Map<String, TokenKey> byId;

	TokenKeyRing(List<TokenKey> keys) {
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("At least one token key is required");
		}
		this.keys = List.copyOf(keys);
		Map<String, TokenKey> map = new LinkedHashMap<>();
		keys.forEach((key) -> map.putIfAbsent(key.id(), key));
		this.byId = Map.copyOf(map);
	}

	/**
	 * Keys from {@code WEBEX_TOKEN_KEY} (comma-separated base64, newest first), or, when it is unset and the database
	 * is the embedded one, a key generated once into the data directory with owner-only permissions.
	 */
	public static TokenKeyRing load(@Nullable String configured, Path dataDir, boolean embeddedDatabase) {
		if (configured != null && !configured.isBlank()) {
			List<TokenKey> keys = new ArrayList<>();
			int position = 0;
			for (String part : configured.split(",")) {
				position++;
				if (!part.isBlank()) {
					keys.add(TokenKey.of(decode(part.trim(), "WEBEX_TOKEN_KEY (key " + position + ")")));
				}
			}
			return new TokenKeyRing(keys);
		}
		if (!embeddedDatabase) {
			throw new IllegalStateException("WEBEX_TOKEN_KEY must be set when the database is not the embedded one: "
					+ "every instance must share the same key. Generate one with: openssl rand -base64 32");
		}
		return new TokenKeyRing(List.of(TokenKey.of(readOrGenerate(dataDir.resolve(KEY_FILE)))));
	}

	public TokenKey current() {
		return this.keys.get(0);
	}

	public Optional<TokenKey> find(String keyId) {
		return Optional.ofNullable(this.byId.get(keyId));
	}

	private static byte[] readOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
			}
			Files.createDirectories(file.toAbsolutePath().getParent());
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			writeOwnerOnly(file, Base64.getEncoder().encodeToString(key));
			log.warn("Generated a new token encryption key in {} (owner-only). Back it up with the database; "
					+ "set WEBEX_TOKEN_KEY to manage the key yourself.", file.toAbsolutePath());
			return key;
		}
		catch (FileAlreadyExistsException ex) {
			return readOrGenerate(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the token key file " + file, ex);
		}
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
			throw new IllegalArgumentException(source + " is not valid base64");
		}
		if (key.length != 32) {
			throw new IllegalArgumentException(
					source + " must be 32 bytes (base64 of 32 random bytes), got " + key.length + " bytes");
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
