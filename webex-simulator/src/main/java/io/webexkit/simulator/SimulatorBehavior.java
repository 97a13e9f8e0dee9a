package io.webexkit.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The simulator's mutable, thread-safe knobs; defaults mirror real Webex.
 */
public final class SimulatorBehavior {

	/** 14 days minus the second Webex shaves off: {@code expires_in} is 1209599. */
	public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(1_209_599);

	/** 90 days minus one second: {@code refresh_token_expires_in} is 7775999. */
	/**
	 * The largest card ({@code attachments} entry, as JSON) a message takes by default. Webex does not document its
	 * limit: set yours with {@link #setMaxCardBytes(int)} when a test depends on it.
	 */
	public static final int DEFAULT_MAX_CARD_BYTES = 28_000;

	public static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofSeconds(7_775_999);

	private volatile Duration accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;

	private volatile Duration refreshTokenLifetime = DEFAULT_REFRESH_TOKEN_LIFETIME;

	private volatile RefreshRotation refreshRotation = RefreshRotation.NONE_SAME;

	private volatile boolean sameAccessTokenOnRefresh;

	private volatile boolean omitTokenType;

	private volatile Duration tokenEndpointLatency = Duration.ZERO;

	private volatile Duration apiLatency = Duration.ZERO;

	private volatile int rateLimitEveryNthCall;

	private final AtomicLong callsSinceRateLimitSet = new AtomicLong();

	private volatile String retryAfter = "2";

	private volatile int defaultRoomsPageSize = 100;

	private volatile int defaultMessagesPageSize = 50;

	private volatile boolean linkDefects;

	private volatile @Nullable String autoConsentPersonId;

	private final Map<String, Integer> roomCounts = new ConcurrentHashMap<>();

	private volatile boolean tamperWebhookSignatures;

	private volatile boolean omitWebhookSignatures;

	private volatile boolean duplicateWebhookDeliveries;

	private volatile Duration webhookDeliveryDelay = Duration.ZERO;

	private volatile Duration fileScanDuration = Duration.ZERO;

	private final AtomicInteger infectedFiles = new AtomicInteger();

	private final AtomicInteger unscannableFiles = new AtomicInteger();

	private volatile int maxCardBytes = DEFAULT_MAX_CARD_BYTES;

	private final FailureBudget tokenFailures = new FailureBudget();

	private final FailureBudget apiFailures = new FailureBudget();

	public Duration accessTokenLifetime() {
		return this.accessTokenLifetime;
	}

	public void setAccessTokenLifetime(Duration lifetime) {
		this.accessTokenLifetime = notNegative(lifetime);
	}

	public Duration refreshTokenLifetime() {
		return this.refreshTokenLifetime;
	}

	public void setRefreshTokenLifetime(Duration lifetime) {
		this.refreshTokenLifetime = notNegative(lifetime);
	}

	public RefreshRotation refreshRotation() {
		return this.refreshRotation;
	}

	public void setRefreshRotation(RefreshRotation rotation) {
		this.refreshRotation = Objects.requireNonNull(rotation, "rotation");
	}

	/** Whether a refresh returns the still-valid access token unchanged, as Webex often does within a day. */
	public boolean sameAccessTokenOnRefresh() {
		return this.sameAccessTokenOnRefresh;
	}

	public void setSameAccessTokenOnRefresh(boolean same) {
		this.sameAccessTokenOnRefresh = same;
	}

	/** Whether token responses leave out {@code token_type} and {@code scope}, like Webex's documented example. */
	public boolean omitTokenType() {
		return this.omitTokenType;
	}

	public void setOmitTokenType(boolean omit) {
		this.omitTokenType = omit;
	}

	public Duration tokenEndpointLatency() {
		return this.tokenEndpointLatency;
	}

	public void setTokenEndpointLatency(Duration latency) {
		this.tokenEndpointLatency = notNegative(latency);
	}

	public Duration apiLatency() {
		return this.apiLatency;
	}

	public void setApiLatency(Duration latency) {
		this.apiLatency = notNegative(latency);
	}

	/**
	 * Makes the next {@code count} token requests fail with {@code status}: 502 answers an HTML page like a
	 * gateway, 429 and 503 carry {@code Retry-After}, others the JSON error shape.
	 */
	public void failNextTokenRequests(int count, int status) {
		this.tokenFailures.set(count, status);
	}

	/** Makes the next {@code count} REST calls fail with {@code status} (same bodies as the token failures). */
	public void failNextApiRequests(int count, int status) {
		this.apiFailures.set(count, status);
	}

	public int rateLimitEveryNthCall() {
		return this.rateLimitEveryNthCall;
	}

	/** Answers 429 to every {@code n}th REST call; 0 turns rate limiting off. */
	public void setRateLimitEveryNthCall(int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative");
		}
		this.rateLimitEveryNthCall = n;
		this.callsSinceRateLimitSet.set(0);
	}

	public String retryAfter() {
		return this.retryAfter;
	}

	/** The raw {@code Retry-After} value; malformed values such as {@code rand(30),add(30)} are allowed. */
	public void setRetryAfter(String value) {
		this.retryAfter = Objects.requireNonNull(value, "value");
	}

	/** The {@code /v1/rooms} page size when {@code max} is absent (Webex: 100). */
	public int defaultRoomsPageSize() {
		return this.defaultRoomsPageSize;
	}

	public void setDefaultRoomsPageSize(int size) {
		this.defaultRoomsPageSize = pageSize(size);
	}

	/** The {@code /v1/messages} page size when {@code max} is absent (Webex: 50). */
	public int defaultMessagesPageSize() {
		return this.defaultMessagesPageSize;
	}

	public void setDefaultMessagesPageSize(int size) {
		this.defaultMessagesPageSize = pageSize(size);
	}

	/** Whether {@code Link} next URLs carry {@code max=null} and drop the caller's filters, like real Webex. */
	public boolean linkDefects() {
		return this.linkDefects;
	}

	public void setLinkDefects(boolean defects) {
		this.linkDefects = defects;
	}

	/** The person whose consent {@code /authorize} gives by itself, if any: see {@link #setAutoConsent(String)}. */
	public Optional<String> autoConsent() {
		return Optional.ofNullable(this.autoConsentPersonId);
	}

	/**
	 * Answers every valid authorization request at once with a code for this person, as if they had pressed Accept
	 * on the consent page, which is not shown: for browser tests that are about the app, not about the consent page.
	 * Requests that would be refused (unknown client, redirect URI or scope) still are.
	 */
	public void setAutoConsent(String personId) {
		this.autoConsentPersonId = Objects.requireNonNull(personId, "personId");
	}

	/** Shows the consent page again (the default). */
	public void clearAutoConsent() {
		this.autoConsentPersonId = null;
	}

	/** The room count override for a person, if any. */
	public OptionalInt roomCount(String personId) {
		Integer count = this.roomCounts.get(personId);
		return (count != null) ? OptionalInt.of(count) : OptionalInt.empty();
	}

	/** Gives a person {@code count} rooms (generated lazily), e.g. 10,000 for large-account tests. */
	public void setRoomCount(String personId, int count) {
		if (count < 0 || count > 1_000_000) {
			throw new IllegalArgumentException("count must be between 0 and 1000000");
		}
		this.roomCounts.put(Objects.requireNonNull(personId, "personId"), count);
	}

	/** Whether webhook deliveries carry a wrong {@code X-Spark-Signature}: see {@link #setTamperWebhookSignatures}. */
	public boolean tamperWebhookSignatures() {
		return this.tamperWebhookSignatures;
	}

	/**
	 * Sends every signed webhook delivery with an {@code X-Spark-Signature} that does not verify (the right one with
	 * its first byte inverted: still 40 lowercase hex digits), as a forged or corrupted request would arrive, so a
	 * test can check that the receiver refuses it. Deliveries of webhooks without a secret stay unsigned.
	 */
	public void setTamperWebhookSignatures(boolean tamper) {
		this.tamperWebhookSignatures = tamper;
	}

	/** Whether webhook deliveries leave out {@code X-Spark-Signature}: see {@link #setOmitWebhookSignatures}. */
	public boolean omitWebhookSignatures() {
		return this.omitWebhookSignatures;
	}

	/**
	 * Sends deliveries of webhooks that have a secret without {@code X-Spark-Signature}, as a request from someone
	 * who does not know the secret would arrive, so a test can check that the receiver refuses unsigned requests.
	 */
	public void setOmitWebhookSignatures(boolean omit) {
		this.omitWebhookSignatures = omit;
	}

	/** Whether each webhook event is delivered twice: see {@link #setDuplicateWebhookDeliveries}. */
	public boolean duplicateWebhookDeliveries() {
		return this.duplicateWebhookDeliveries;
	}

	/**
	 * Delivers every webhook event twice, the same body and signature both times, as Webex may when it retries, so a
	 * test can check that the receiver handles an event once. Each copy counts as a delivery of its own (a failed
	 * copy counts towards disabling the webhook).
	 */
	public void setDuplicateWebhookDeliveries(boolean duplicate) {
		this.duplicateWebhookDeliveries = duplicate;
	}

	/** How long each webhook delivery waits before it is sent: see {@link #setWebhookDeliveryDelay}. */
	public Duration webhookDeliveryDelay() {
		return this.webhookDeliveryDelay;
	}

	/**
	 * Holds every webhook delivery back by {@code delay} (real time, not the simulator's clock) before sending it,
	 * as events reach receivers late when Webex is busy: the API call that caused the event still answers at once.
	 * Zero, the default, sends as soon as possible.
	 */
	public void setWebhookDeliveryDelay(Duration delay) {
		this.webhookDeliveryDelay = notNegative(delay);
	}

	/** Counts one REST call and says whether it is the n-th since the knob was set. */
	boolean rateLimitThisCall() {
		int n = this.rateLimitEveryNthCall;
		return n > 0 && this.callsSinceRateLimitSet.incrementAndGet() % n == 0;
	}

	OptionalInt takeTokenFailure() {
		return this.tokenFailures.take();
	}

	OptionalInt takeApiFailure() {
		return this.apiFailures.take();
	}

	/** How long a new file stays in Webex's malware scan: see {@link #setFileScanDuration(Duration)}. */
	public Duration fileScanDuration() {
		return this.fileScanDuration;
	}

	/**
	 * Keeps each new file "being scanned" for this long after its message is posted: its download answers
	 * {@code 423 Locked} with a {@code Retry-After} of the seconds left, as Webex does while it scans. Zero (the
	 * default) makes files downloadable at once.
	 */
	public void setFileScanDuration(Duration duration) {
		this.fileScanDuration = notNegative(duration);
	}

	/**
	 * Marks the next {@code count} files posted as infected: once scanned, their download answers {@code 410 Gone},
	 * as Webex does. A file whose content holds the EICAR anti-virus test string is found infected anyway.
	 */
	public void infectNextFiles(int count) {
		this.infectedFiles.set(notNegative(count));
	}

	/**
	 * Marks the next {@code count} files posted as unscannable (an encrypted archive, say): once scanned, their
	 * download answers {@code 428} unless the request opts in with {@code ?allow=unscannable}.
	 */
	public void makeNextFilesUnscannable(int count) {
		this.unscannableFiles.set(notNegative(count));
	}

	/** The scan's verdict for a file posted now, taking one of the marks set above. */
	FileVerdict takeFileVerdict() {
		if (this.infectedFiles.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			return FileVerdict.INFECTED;
		}
		if (this.unscannableFiles.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			return FileVerdict.UNSCANNABLE;
		}
		return FileVerdict.CLEAN;
	}

	/** The largest card a message takes, in bytes of its JSON: see {@link #DEFAULT_MAX_CARD_BYTES}. */
	public int maxCardBytes() {
		return this.maxCardBytes;
	}

	public void setMaxCardBytes(int bytes) {
		if (bytes < 1) {
			throw new IllegalArgumentException("bytes must be positive");
		}
		this.maxCardBytes = bytes;
	}

	void restoreDefaults() {
		this.fileScanDuration = Duration.ZERO;
		this.infectedFiles.set(0);
		this.unscannableFiles.set(0);
		this.maxCardBytes = DEFAULT_MAX_CARD_BYTES;
		this.accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;
		this.refreshTokenLifetime = DEFAULT_REFRESH_TOKEN_LIFETIME;
		this.refreshRotation = RefreshRotation.NONE_SAME;
		this.sameAccessTokenOnRefresh = false;
		this.omitTokenType = false;
		this.tokenEndpointLatency = Duration.ZERO;
		this.apiLatency = Duration.ZERO;
		this.rateLimitEveryNthCall = 0;
		this.callsSinceRateLimitSet.set(0);
		this.retryAfter = "2";
		this.defaultRoomsPageSize = 100;
		this.defaultMessagesPageSize = 50;
		this.linkDefects = false;
		this.autoConsentPersonId = null;
		this.roomCounts.clear();
		this.tamperWebhookSignatures = false;
		this.omitWebhookSignatures = false;
		this.duplicateWebhookDeliveries = false;
		this.webhookDeliveryDelay = Duration.ZERO;
		this.tokenFailures.set(0, 500);
		this.apiFailures.set(0, 500);
	}

	private static int notNegative(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		return count;
	}

	/** What Webex's malware scan makes of a file. */
	enum FileVerdict {

		CLEAN, INFECTED, UNSCANNABLE

	}

	private static Duration notNegative(Duration duration) {
		if (duration.isNegative()) {
			throw new IllegalArgumentException("duration must not be negative");
		}
		return duration;
	}

	private static int pageSize(int size) {
		if (size < 1 || size > 1000) {
			throw new IllegalArgumentException("page size must be between 1 and 1000");
		}
		return size;
	}

	/** A count of forced failures; synchronized so concurrent requests consume it exactly. */
	private static final class FailureBudget {

		private int remaining;

		private int status = 500;

		synchronized void set(int count, int status) {
			if (count < 0 || status < 400 || status > 599) {
				throw new IllegalArgumentException("count must be >= 0 and status 4xx or 5xx");
			}
			this.remaining = count;
			this.status = status;
		}

		synchronized OptionalInt take() {
			if (this.remaining == 0) {
				return OptionalInt.empty();
			}
			this.remaining--;
			return OptionalInt.of(this.status);
		}

	}

}
