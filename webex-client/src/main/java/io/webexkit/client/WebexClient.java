package io.webexkit.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

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

	private final Webhooks webhooks;

	private final Teams teams;

	private final TeamMemberships teamMemberships;

	private final RoomTabs roomTabs;

	private final AttachmentActions attachmentActions;

	private final Events events;

	private final Licenses licenses;

	private final Roles roles;

	private final Organizations organizations;

	private final Contents contents;

	private WebexClient(HttpEngine engine, @Nullable AccessTokenSupplier tokens) {
		this.engine = engine;
		ApiSession session = new ApiSession(engine, tokens);
		this.people = new People(session);
		this.rooms = new Rooms(session);
		this.messages = new Messages(session);
		this.memberships = new Memberships(session);
		this.webhooks = new Webhooks(session);
		this.teams = new Teams(session);
		this.teamMemberships = new TeamMemberships(session);
		this.roomTabs = new RoomTabs(session);
		this.attachmentActions = new AttachmentActions(session);
		this.events = new Events(session);
		this.licenses = new Licenses(session);
		this.roles = new Roles(session);
		this.organizations = new Organizations(session);
		this.contents = new Contents(session);
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

	public Webhooks webhooks() {
		return this.webhooks;
	}

	/** Teams the caller belongs to. */
	public Teams teams() {
		return this.teams;
	}

	/** Teams' members. */
	public TeamMemberships teamMemberships() {
		return this.teamMemberships;
	}

	/** Spaces' tabs. */
	public RoomTabs roomTabs() {
		return this.roomTabs;
	}

	/** Card submissions. */
	public AttachmentActions attachmentActions() {
		return this.attachmentActions;
	}

	/** Compliance events (compliance officers). */
	public Events events() {
		return this.events;
	}

	/** The organization's licences (admins). */
	public Licenses licenses() {
		return this.licenses;
	}

	/** Administrator roles (admins). */
	public Roles roles() {
		return this.roles;
	}

	/** Files of messages: their names, types and sizes, and their bytes, streamed. */
	public Contents contents() {
		return this.contents;
	}

	/** Organizations the caller can see (admins). */
	public Organizations organizations() {
		return this.organizations;
	}

	@Override
	public String toString() {
		return "WebexClient[" + this.engine.settings().origin() + "]";
	}

	/**
	 * Collects the settings of a client; each method rejects a bad value at once and returns this builder, and
	 * {@link #build()} may be called any number of times (each client gets its own copy of the settings).
	 */
	public static final class Builder {

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

		private Duration fileTransferTimeout = Duration.ofMinutes(15);

		private Duration fileScanTimeout = Duration.ofMinutes(2);

		private Builder() {
		}

		/** Required, e.g. {@code https://webexapis.com/v1}; only this origin and path get the token. */
		public Builder baseUrl(URI baseUrl) {
			URI checked = new ApiOrigin(baseUrl).base();
			this.baseUrl = checked;
			return this;
		}

		/** Optional here; without one every call throws until {@link #withTokenSupplier} is used. */
		public Builder tokenSupplier(AccessTokenSupplier tokenSupplier) {
			Checks.notNull(tokenSupplier, "tokenSupplier");
			this.tokenSupplier = tokenSupplier;
			return this;
		}

		public Builder connectTimeout(Duration connectTimeout) {
			Checks.positive(connectTimeout, "connectTimeout");
			this.connectTimeout = connectTimeout;
			return this;
		}

		/** Per attempt, until the whole response is read. */
		public Builder readTimeout(Duration readTimeout) {
			Checks.positive(readTimeout, "readTimeout");
			this.readTimeout = readTimeout;
			return this;
		}

		/** Bounds a whole call including retries and waits: no wait that would pass it is started. */
		public Builder callTimeout(Duration callTimeout) {
			Checks.positive(callTimeout, "callTimeout");
			this.callTimeout = callTimeout;
			return this;
		}

		public Builder rateLimitPolicy(RateLimitPolicy rateLimitPolicy) {
			Checks.notNull(rateLimitPolicy, "rateLimitPolicy");
			this.rateLimitPolicy = rateLimitPolicy;
			return this;
		}

		public Builder retryPolicy(RetryPolicy retryPolicy) {
			Checks.notNull(retryPolicy, "retryPolicy");
			this.retryPolicy = retryPolicy;
			return this;
		}

		/** Used for HTTP-date Retry-After values and the call deadline. */
		public Builder clock(Clock clock) {
			Checks.notNull(clock, "clock");
			this.clock = clock;
			return this;
		}

		public Builder sleeper(Sleeper sleeper) {
			Checks.notNull(sleeper, "sleeper");
			this.sleeper = sleeper;
			return this;
		}

		/** Makes TrackingIDs {@code prefix_uuid}, so Webex support can find this app's calls. */
		public Builder trackingIdPrefix(String trackingIdPrefix) {
			Checks.headerSafe(trackingIdPrefix, "trackingIdPrefix");
			if (!trackingIdPrefix.matches("[A-Za-z0-9._-]+")) {
				throw new IllegalArgumentException("trackingIdPrefix may hold only letters, digits, '.', '_', '-'");
			}
			this.trackingIdPrefix = trackingIdPrefix;
			return this;
		}

		public Builder userAgent(String userAgent) {
			Checks.headerSafe(userAgent, "userAgent");
			this.userAgent = userAgent;
			return this;
		}

		/** Larger successful bodies fail with {@link WebexResponseTooLargeException}. */
		public Builder maxResponseBytes(long maxResponseBytes) {
			if (maxResponseBytes <= 0) {
				throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
			}
			this.maxResponseBytes = maxResponseBytes;
			return this;
		}

		/** Observes every exchange and wait, e.g. to count calls by resource and status. */
		public Builder callListener(WebexCallListener listener) {
			Checks.notNull(listener, "listener");
			this.listener = listener;
			return this;
		}

		/**
		 * Bounds one attempt of a file upload or download, from the request to the last byte (15 minutes by
		 * default); the read timeout bounds every other call.
		 */
		public Builder fileTransferTimeout(Duration fileTransferTimeout) {
			Checks.positive(fileTransferTimeout, "fileTransferTimeout");
			this.fileTransferTimeout = fileTransferTimeout;
			return this;
		}

		/**
		 * How long a download waits in total, as {@code Retry-After} asks, while Webex scans a new file
		 * ({@code 423 Locked}) before it fails with {@link WebexFileScanPendingException} (2 minutes by default).
		 */
		public Builder fileScanTimeout(Duration fileScanTimeout) {
			Checks.positive(fileScanTimeout, "fileScanTimeout");
			this.fileScanTimeout = fileScanTimeout;
			return this;
		}

		public WebexClient build() {
			if (this.baseUrl == null) {
				throw new IllegalStateException("baseUrl is required");
			}
			ClientSettings settings = new ClientSettings(new ApiOrigin(this.baseUrl), this.connectTimeout,
					this.readTimeout, this.callTimeout, this.rateLimitPolicy, this.retryPolicy, this.clock,
					this.sleeper, this.trackingIdPrefix, this.userAgent, this.maxResponseBytes, this.listener,
					this.fileTransferTimeout, this.fileScanTimeout);
			return new WebexClient(new HttpEngine(settings), this.tokenSupplier);
		}

	}

}
