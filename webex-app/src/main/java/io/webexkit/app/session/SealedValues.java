package io.webexkit.app.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.webexkit.spring.TokenKeyRing;

/**
 * Values the browser keeps for the app but can neither read nor forge: AES-256-GCM under a key derived, for one
 * purpose, from each key of the token key ring (HMAC-SHA256 of the purpose's name), so a value sealed for one
 * purpose (the session) is useless for another (the pending grant), and a key rotation of the ring rotates these too.
 * Each value carries, sealed with it, when it was sealed, so that a short-lived one (a pending grant, a flash
 * message) expires by itself whatever the browser does with its cookie.
 * Sealed values look like {@code wxs1.<key id>.<base64url>}: the prefix lets the log masking recognise them.
 */
public final class SealedValues {

	/** The start of every sealed value. */
	public static final String PREFIX = "wxs1.";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** How far another instance's clock may be ahead of this one's. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private final String purpose;

	private final String currentKeyId;

	/** The derived key of each key of the ring, by the ring key's id, newest first. */
	private final Map<String, SecretKey> keys = new LinkedHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	/** @param purpose what the values are for; values sealed for another purpose never open here */
	public SealedValues(TokenKeyRing ring, String purpose) {
		this(ring, purpose, Clock.systemUTC());
	}

	/**
	 * @param purpose what the values are for; values sealed for another purpose never open here
	 * @param clock when values are sealed, and how old they are when opened
	 */
	public SealedValues(TokenKeyRing ring, String purpose, Clock clock) {
		this.purpose = purpose;
		this.clock = clock;
		this.currentKeyId = ring.current().id();
		for (String id : ring.ids()) {
			ring.find(id).ifPresent((key) -> this.keys.put(id, derive(key.secret(), purpose)));
		}
	}

	/** Seals {@code payload} under the newest key. */
	public String seal(byte[] payload) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(this.purpose.getBytes(StandardCharsets.UTF_8));
			byte[] dated = ByteBuffer.allocate(Long.BYTES + payload.length)
				.putLong(this.clock.millis())
				.put(payload)
				.array();
			byte[] sealed = cipher.doFinal(dated);
			byte[] whole = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
			return PREFIX + this.currentKeyId + "." + ENCODER.encodeToString(whole);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * The payload of a value this app sealed for this purpose under a key of the ring; empty for anything else
	 * (malformed, altered, another purpose, a key no longer in the ring), never an exception.
	 */
	public Optional<byte[]> open(String value) {
		return openDated(value).map(Dated::payload);
	}

	/** As {@link #open(String)}, and empty too when the value was sealed longer ago than {@code maxAge}. */
	public Optional<byte[]> open(String value, Duration maxAge) {
		Instant now = this.clock.instant();
		return openDated(value)
			.filter((dated) -> dated.sealedAt().isAfter(now.minus(maxAge))
					&& dated.sealedAt().isBefore(now.plus(CLOCK_SKEW)))
			.map(Dated::payload);
	}

	private Optional<Dated> openDated(String value) {
		if (!value.startsWith(PREFIX)) {
			return Optional.empty();
		}
		int dot = value.indexOf('.', PREFIX.length());
		SecretKey key = (dot > 0) ? this.keys.get(value.substring(PREFIX.length(), dot)) : null;
		if (key == null) {
			return Optional.empty();
		}
		try {
			String encoded = value.substring(dot + 1);
			byte[] whole = DECODER.decode(encoded);
			// one spelling per value: base64's unused trailing bits must be zero, as this class writes them
			if (whole.length < IV_BYTES + TAG_BITS / 8 || !ENCODER.encodeToString(whole).equals(encoded)) {
				return Optional.empty();
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, whole, 0, IV_BYTES));
			cipher.updateAAD(this.purpose.getBytes(StandardCharsets.UTF_8));
			byte[] dated = cipher.doFinal(whole, IV_BYTES, whole.length - IV_BYTES);
			if (dated.length < Long.BYTES) {
				return Optional.empty();
			}
			Instant sealedAt = Instant.ofEpochMilli(ByteBuffer.wrap(dated).getLong());
			return Optional.of(new Dated(sealedAt, Arrays.copyOfRange(dated, Long.BYTES, dated.length)));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return Optional.empty();
		}
	}

	private static SecretKey derive(SecretKey ringKey, String purpose) {
		return new SecretKeySpec(derivedKey(ringKey, purpose), "AES");
	}

	/**
	 * The 32-byte key derived for {@code purpose} from one key of the token key ring: HMAC-SHA256, keyed with the
	 * ring's key, of the purpose's name. Each purpose (sealed values, signed notices...) has keys of its own, which
	 * rotate with the ring.
	 */
	public static byte[] derivedKey(SecretKey ringKey, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(ringKey.getEncoded(), "HmacSHA256"));
			return mac.doFinal(("webex-app/" + purpose).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private record Dated(Instant sealedAt, byte[] payload) {
	}

}
