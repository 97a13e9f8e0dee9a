package io.webexkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Webex-style opaque ids: unpadded base64 of {@code ciscospark://us/<KIND>/<uuid>}. Generated rooms and messages
 * carry their position in the uuid's low bits so they can be found again without being stored.
 */
final class Ids {

	private static final String PREFIX = "ciscospark://us/";

	private static final long VARIANT = 0x8000_0000_0000_0000L;

	private static final long LOW_MASK = 0x0000_FFFF_FFFF_FFFFL;

	private Ids() {
	}

	static String encode(String kind, UUID uuid) {
		return encode(kind, uuid.toString());
	}

	static String encode(String kind, String value) {
		String raw = PREFIX + kind + "/" + value;
		return Base64.getEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/** The uuid inside an id of the given kind, if it is one. */
	static Optional<UUID> decode(String kind, String id) {
		try {
			return value(kind, id).filter((uuid) -> uuid.length() == 36).map(UUID::fromString);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** What follows {@code ciscospark://us/<KIND>/} in an id of the given kind, if it is one. */
	static Optional<String> value(String kind, String id) {
		try {
			String raw = new String(Base64.getDecoder().decode(id), StandardCharsets.UTF_8);
			String prefix = PREFIX + kind + "/";
			return raw.startsWith(prefix) ? Optional.of(raw.substring(prefix.length())) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A uuid whose high half looks random but is fixed by {@code salt}, and whose low 48 bits hold {@code payload}. */
	static UUID positional(long salt, long payload) {
		long high = (mix(salt) & 0xFFFF_FFFF_FFFF_0FFFL) | 0x0000_0000_0000_4000L;
		return new UUID(high, VARIANT | (payload & LOW_MASK));
	}

	static long payload(UUID uuid) {
		return uuid.getLeastSignificantBits() & LOW_MASK;
	}

	/** A stable 64-bit scramble (SplitMix64 finalizer) so neighbouring seeds give unrelated values. */
	static long mix(long value) {
		long z = value + 0x9E37_79B9_7F4A_7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
		return z ^ (z >>> 31);
	}

}
