package io.webexkit.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Entry point of the Webex REST client: immutable and thread-safe; per-user copies made with
 * {@link #withTokenSupplier} share one HTTP transport and its connections.
 */
public final class WebexClient {

	private final HttpEngine engine;

	private final People people;

	private final Rooms rooms;

	private final Messages messages;

	private final Memberships memberships;

	private WebexClient(HttpEngine engine, @Nullable AccessTokenSupplier tokens) {
		this.engine = engine;
		ApiSession session = new ApiSession(engine, tokens);
		this.people = new People(session);
		this.rooms = new Rooms(session);
		this.messages = new Messages(session);
		this.memberships = new Memberships(session);
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A client acting with other tokens (another user), sharing this one's transport. */
	public WebexClient withTokenSupplier(AccessTokenSupplier tokenSupplier) {
		return new WebexClient(this.engine, Checks.notNull(tokenSupplier, "tokenSupplier"));
	}

	public People people() {
		return this.people;
	}

	public Rooms rooms() {
		return this.rooms;
	}

	public Messages messages() {
		return this.messages;
	}

	public Memberships memberships() {
		return this.memberships;
	}

	@Override
	public String toString() {
		return "WebexClient[" + this.engine.settings().origin() + "]";
	}

	/** Immutable: every method returns a new builder and rejects a bad value at once. */
	public static final class Builder implements Cloneable {

		private @Nullable URI baseUrl;

		private @Nullable AccessTokenSupplier tokenSupplier;

		private Duration connectTimeout = Duration.ofSeconds(5);

		private Duration readTimeout = Duration.ofSeconds(20);

		private Duration callTimeout = Duration.ofSeconds(60);

		private RateLimitPolicy rateLimitPolicy = RateLimitPolicy.defaults();

		private RetryPolicy retryPolicy = RetryPolicy.defaults();

		private Clock clock = Clock.systemUTC();

		private Sleeper sleeper = Sleeper.system();

		private @Nullable String trackingIdPrefix;

		private String userAgent = "webexkit-client";

		private long maxResponseBytes = 10L * 1024 * 1024;

		private WebexCallListener listener = WebexCallListener.none();

		private Builder() {
		}

		/** Required, e.g. {@code https://webexapis.com/v1}; only this origin and path get the token. */
		public Builder baseUrl(URI baseUrl) {
			URI checked = new ApiOrigin(baseUrl).base();
			return with((b) -> b.baseUrl = checked);
		}

		/** Optional here; without one every call throws until {@link #withTokenSupplier} is used. */
		public Builder tokenSupplier(AccessTokenSupplier tokenSupplier) {
			Checks.notNull(tokenSupplier, "tokenSupplier");
			return with((b) -> b.tokenSupplier = tokenSupplier);
		}

		public Builder connectTimeout(Duration connectTimeout) {
			Checks.positive(connectTimeout, "connectTimeout");
			return with((b) -> b.connectTimeout = connectTimeout);
		}

		/** Per attempt, until the whole response is read. */
		public Builder readTimeout(Duration readTimeout) {
			Checks.positive(readTimeout, "readTimeout");
			return with((b) -> b.readTimeout = readTimeout);
		}

		/** Bounds a whole call including retries and waits: no wait that would pass it is started. */
		public Builder callTimeout(Duration callTimeout) {
			Checks.positive(callTimeout, "callTimeout");
			return with((b) -> b.callTimeout = callTimeout);
		}

		public Builder rateLimitPolicy(RateLimitPolicy rateLimitPolicy) {
			Checks.notNull(rateLimitPolicy, "rateLimitPolicy");
			return with((b) -> b.rateLimitPolicy = rateLimitPolicy);
		}

		public Builder retryPolicy(RetryPolicy retryPolicy) {
			Checks.notNull(retryPolicy, "retryPolicy");
			return with((b) -> b.retryPolicy = retryPolicy);
		}

		/** Used for HTTP-date Retry-After values and the call deadline. */
		public Builder clock(Clock clock) {
			Checks.notNull(clock, "clock");
			return with((b) -> b.clock = clock);
		}

		public Builder sleeper(Sleeper sleeper) {
			Checks.notNull(sleeper, "sleeper");
			return with((b) -> b.sleeper = sleeper);
		}

		/** Makes TrackingIDs {@code prefix_uuid}, so Webex support can find this app's calls. */
		public Builder trackingIdPrefix(String trackingIdPrefix) {
			Checks.headerSafe(trackingIdPrefix, "trackingIdPrefix");
			if (!trackingIdPrefix.matches("[A-Za-z0-9._-]+")) {
				throw new IllegalArgumentException("trackingIdPrefix may hold only letters, digits, '.', '_', '-'");
			}
			return with((b) -> b.trackingIdPrefix = trackingIdPrefix);
		}

		public Builder userAgent(String userAgent) {
			Checks.headerSafe(userAgent, "userAgent");
			return with((b) -> b.userAgent = userAgent);
		}

		/** Larger successful bodies fail with {@link WebexResponseTooLargeException}. */
		public Builder maxResponseBytes(long maxResponseBytes) {
			if (maxResponseBytes <= 0) {
				throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
			}
			return with((b) -> b.maxResponseBytes = maxResponseBytes);
		}

		/** Observes every exchange and wait, e.g. to count calls by resource and status. */
		public Builder callListener(WebexCallListener listener) {
			Checks.notNull(listener, "listener");
			return with((b) -> b.listener = listener);
		}

		public WebexClient build() {
			if (this.baseUrl == null) {
				throw new IllegalStateException("baseUrl is required");
			}
			ClientSettings settings = new ClientSettings(new ApiOrigin(this.baseUrl), this.connectTimeout,
					this.readTimeout, this.callTimeout, this.rateLimitPolicy, this.retryPolicy, this.clock,
					this.sleeper, this.trackingIdPrefix, this.userAgent, this.maxResponseBytes, this.listener);
			return new WebexClient(new HttpEngine(settings), this.tokenSupplier);
		}

		private Builder with(Consumer<Builder> change) {
			try {
				Builder copy = (Builder) clone();
				change.accept(copy);
				return copy;
			}
			catch (CloneNotSupportedException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
