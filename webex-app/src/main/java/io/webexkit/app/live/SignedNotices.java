package io.webexkit.app.live;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.webexkit.app.session.SealedValues;
import io.webexkit.spring.TokenKeyRing;

/**
 * Notices as they travel between instances, authenticated: HMAC-SHA256 over every field, under a key derived from
 * the token key ring for this purpose alone (the newest key signs, any key of the ring verifies), with a random id and
 * the time of sending. A notice is accepted once, and only within {@link #WINDOW} of its sending. Whatever else
 * reaches the channel (any database role allowed to connect may send on it, and listen to replay what it heard) is
 * dropped and counted in {@code webex.live.notices.dropped} by reason; its content is never logged.
 */
final class SignedNotices {

	static final String PURPOSE = "live-relay";

	/** How far the sending time may be from this instance's clock, either way (clock skew, a slow listener). */
	static final Duration WINDOW = Duration.ofSeconds(30);

	/** Ids of accepted notices kept to refuse them again; a notice older than the window is refused anyway. */
	static final int REMEMBERED = 50_000;

	private static final String FORMAT = "wxn1";

	private static final int SIGNED_FIELDS = 9;

	private static final Logger log = LoggerFactory.getLogger(SignedNotices.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final String currentKeyId;

	/** The derived key of each key of the ring, by the ring key's id. */
	private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** Accepted ids and when they were sent, oldest first. */
	private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

	private final int remembered;

	private final MeterRegistry meters;

	private volatile boolean warned;

	SignedNotices(TokenKeyRing ring, Clock clock, MeterRegistry meters) {
		this(ring, clock, meters, REMEMBERED);
	}

	/** @param remembered how many ids of accepted notices to keep at most */
	SignedNotices(TokenKeyRing ring, Clock clock, MeterRegistry meters, int remembered) {
		this.remembered = remembered;
		this.currentKeyId = ring.current().id();
		for (String id : ring.ids()) {
			ring.find(id)
				.ifPresent((key) -> this.keys.put(id,
						new SecretKeySpec(SealedValues.derivedKey(key.secret(), PURPOSE), "HmacSHA256")));
		}
		this.clock = clock;
		this.meters = meters;
		for (String reason : List.of("malformed", "unauthenticated", "stale", "duplicate")) {
			dropped(reason); // every reason shows from the start, at zero
		}
	}

	/** A notice from {@code origin}, as sent: a JSON array of strings, the last one the signature. */
	String encode(String origin, LiveNotice notice) {
		byte[] id = new byte[16];
		this.random.nextBytes(id);
		List<String> fields = new ArrayList<>(List.of(FORMAT, this.currentKeyId, BASE64.encodeToString(id), origin,
				Long.toString(this.clock.millis())));
		if (notice instanceof LiveNotice.NewMessage message) {
			fields.addAll(List.of("message", message.personId(), message.roomId(), message.messageId()));
		}
		else if (notice instanceof LiveNotice.SessionsEnded ended) {
			fields.addAll(List.of("sessions-ended", ended.personId(), Long.toString(ended.at().toEpochMilli()), ""));
		}
		else {
			fields.addAll(List.of("grant-gone", notice.personId(), "", ""));
		}
		fields.add(BASE64.encodeToString(mac(this.keys.get(this.currentKeyId), fields)));
		return json.writeValueAsString(fields);
	}

	/** The notice in {@code payload} and where it came from, when it is authentic, recent and new. */
	Optional<Received> decode(String payload) {
		List<String> fields = fields(payload);
		if (fields == null) {
			return drop("malformed");
		}
		SecretKeySpec key = this.keys.get(fields.get(1));
		byte[] signature;
		try {
			signature = Base64.getUrlDecoder().decode(fields.get(SIGNED_FIELDS));
		}
		catch (IllegalArgumentException ex) {
			signature = new byte[0];
		}
		if (key == null || !FORMAT.equals(fields.get(0))
				|| !MessageDigest.isEqual(signature, mac(key, fields.subList(0, SIGNED_FIELDS)))) {
			if (!this.warned) {
				this.warned = true;
				log.warn("A live notice that failed authentication was dropped (more are counted in "
						+ "webex.live.notices.dropped): something other than this app sends on the database channel "
						+ "{}, or an instance has another token key ring", PostgresRelay.CHANNEL);
			}
			return drop("unauthenticated");
		}
		Instant sentAt;
		LiveNotice notice;
		try {
			sentAt = Instant.ofEpochMilli(Long.parseLong(fields.get(4)));
			notice = notice(fields.get(5), fields.get(6), fields.get(7), fields.get(8));
		}
		catch (IllegalArgumentException ex) { // signed by an instance that speaks another version
			return drop("malformed");
		}
		Instant now = this.clock.instant();
		if (sentAt.isBefore(now.minus(WINDOW)) || sentAt.isAfter(now.plus(WINDOW))) {
			return drop("stale");
		}
		if (!remember(fields.get(2), sentAt, now)) {
			return drop("duplicate");
		}
		return Optional.of(new Received(fields.get(3), notice));
	}

	private static LiveNotice notice(String kind, String personId, String first, String second) {
		if (personId.isEmpty()) {
			throw new IllegalArgumentException("no person");
		}
		return switch (kind) {
			case "message" -> {
				if (first.isEmpty() || second.isEmpty()) {
					throw new IllegalArgumentException("no space or message");
				}
				yield new LiveNotice.NewMessage(personId, first, second);
			}
			case "sessions-ended" -> new LiveNotice.SessionsEnded(personId, Instant.ofEpochMilli(Long.parseLong(first)));
			case "grant-gone" -> new LiveNotice.GrantGone(personId);
			default -> throw new IllegalArgumentException("unknown kind");
		};
	}

	/** Whether the id is new; it is remembered if so, and ids older than the window (or too many) are forgotten. */
	private synchronized boolean remember(String id, Instant sentAt, Instant now) {
		if (this.seen.containsKey(id)) {
			return false;
		}
		Instant forgetBefore = now.minus(WINDOW);
		Iterator<Instant> oldest = this.seen.values().iterator();
		while (oldest.hasNext()) {
			if (!oldest.next().isBefore(forgetBefore) && this.seen.size() < this.remembered) {
				break;
			}
			oldest.remove();
		}
		this.seen.put(id, sentAt);
		return true;
	}

	private Optional<Received> drop(String reason) {
		dropped(reason).increment();
		return Optional.empty();
	}

	private Counter dropped(String reason) {
		return Counter.builder("webex.live.notices.dropped")
			.description("Notices from other instances dropped: malformed, unauthenticated, stale or duplicate")
			.tag("reason", reason)
			.register(this.meters);
	}

	/** The payload's fields, or null when it is not an array of exactly as many strings as a notice has. */
	private static @Nullable List<String> fields(String payload) {
		try {
			List<?> values = json.readValue(payload, List.class);
			if (values.size() != SIGNED_FIELDS + 1 || !values.stream().allMatch(String.class::isInstance)) {
				return null;
			}
			return values.stream().map(String.class::cast).toList();
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** HMAC-SHA256 of the fields, each preceded by its length, so that no two lists of fields sign alike. */
	private static byte[] mac(SecretKeySpec key, List<String> fields) {
		ByteArrayOutputStream signed = new ByteArrayOutputStream(256);
		for (String field : fields) {
			byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
			signed.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
			signed.writeBytes(bytes);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(signed.toByteArray());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * An authentic notice.
	 *
	 * @param origin the instance that sent it
	 */
	record Received(String origin, LiveNotice notice) {

	}

}
