package io.webexkit.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The simulated Webex's control surface for the host application and tests: registered clients, behaviour knobs,
 * counters and actions on grants. Thread-safe.
 */
public final class WebexSimulator {

	private static final int RECENT_LIMIT = 200;

	private final Clock clock;

	private final SimulatorBehavior behavior = new SimulatorBehavior();

	private final SeedData seed;

	private final RoomCatalog rooms;

	private final MessageCatalog messages = new MessageCatalog();

	private final ClientRegistry clients = new ClientRegistry();

	private final WebhookCatalog webhooks = new WebhookCatalog();

	private final WebhookDispatcher webhookDispatcher;

	private final PendingConsents consents;

	private final GrantStore grants;

	private final AtomicLong tokenRequests = new AtomicLong();

	private final Map<String, AtomicLong> tokenRequestsByGrant = new ConcurrentHashMap<>();

	private final AtomicLong apiRequests = new AtomicLong();

	private final AtomicInteger tokenRequestsInFlight = new AtomicInteger();

	private final AtomicInteger maxTokenRequestsInFlight = new AtomicInteger();

	private final Deque<TokenRequestRecord> recentTokenRequests = new ArrayDeque<>();

	/** A simulator on the system clock. */
	public WebexSimulator() {
		this(Clock.systemUTC());
	}

	/**
	 * A simulator whose code, token and consent expiry, and the webhook failure rules (100 failed deliveries within 5
	 * minutes disable a webhook), follow {@code clock}.
	 */
	public WebexSimulator(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.seed = new SeedData(clock.instant().truncatedTo(ChronoUnit.HOURS));
		this.rooms = new RoomCatalog(this.seed);
		this.consents = new PendingConsents(clock);
		this.grants = new GrantStore(clock);
		this.webhookDispatcher = new WebhookDispatcher(clock, this.behavior);
	}

	/**
	 * Registers an integration. An empty {@code redirectUris} accepts any redirect URI; otherwise authorize requests
	 * must use one of them exactly, except that a loopback one without a port ({@code http://localhost/oauth},
	 * {@code http://127.0.0.1/...}, {@code http://[::1]/...}) accepts any port (RFC 8252 section 7.3), for an
	 * application on a port chosen at run time. A token request must name the authorize request's redirect URI.
	 * Registering an existing id replaces it; clients survive {@link #reset()}.
	 */
	public void registerClient(String clientId, String clientSecret, String appName, Set<String> allowedScopes,
			Set<String> redirectUris) {
		this.clients.register(clientId, clientSecret, appName, allowedScopes, redirectUris);
	}

	/** The live knobs; changes apply to the next request. */
	public SimulatorBehavior behavior() {
		return this.behavior;
	}

	/**
	 * Restores default knobs and clears counters, pending consents, codes, grants, posted messages and webhooks
	 * (their deliveries not yet sent are dropped).
	 */
	public void reset() {
		this.behavior.restoreDefaults();
		resetStats();
		this.consents.clear();
		this.grants.clear();
		this.messages.clear();
		this.webhooks.clear();
	}

	/**
	 * Clears the counters only (token and API requests, the most token requests in flight, the recent token
	 * requests, webhook deliveries); grants, tokens, webhooks and knobs stay. Requests in flight now still count
	 * towards the new maximum.
	 */
	public void resetStats() {
		this.tokenRequests.set(0);
		this.webhookDispatcher.resetCounters();
		// Zeroing rather than removing keeps the count of a request that already holds its counter.
		this.tokenRequestsByGrant.values().forEach((count) -> count.set(0));
		this.apiRequests.set(0);
		synchronized (this.recentTokenRequests) {
			this.recentTokenRequests.clear();
		}
		this.maxTokenRequestsInFlight.set(this.tokenRequestsInFlight.get());
		// A request that started between the two lines above must not be lost from the maximum.
		this.maxTokenRequestsInFlight.accumulateAndGet(this.tokenRequestsInFlight.get(), Math::max);
	}

	/** POSTs to {@code /v1/access_token} since the last reset. */
	public long tokenRequests() {
		return this.tokenRequests.get();
	}

	/** Token requests with this {@code grant_type} since the last reset. */
	public long tokenRequests(String grantType) {
		AtomicLong count = this.tokenRequestsByGrant.get(grantType);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * Token requests by {@code grant_type} since the last reset, in name order; a type never asked for since the
	 * simulator started is absent.
	 */
	public Map<String, Long> tokenRequestsByGrantType() {
		Map<String, Long> counts = new TreeMap<>();
		this.tokenRequestsByGrant.forEach((grantType, count) -> counts.put(grantType, count.get()));
		return Collections.unmodifiableMap(counts);
	}

	/** Token requests being answered right now (the token endpoint's latency knob included). */
	public int tokenRequestsInFlight() {
		return this.tokenRequestsInFlight.get();
	}

	/**
	 * The most token requests the token endpoint was answering at the same time since the last reset: how well the
	 * callers bound their concurrent refreshes.
	 */
	public int maxTokenRequestsInFlight() {
		return this.maxTokenRequestsInFlight.get();
	}

	/** REST API calls (people, rooms, messages, memberships), rejected ones included, since the last reset. */
	public long apiRequests() {
		return this.apiRequests.get();
	}

	/** Webhook deliveries sent since the last reset, answered or not, duplicates included. */
	public long webhookDeliveries() {
		return this.webhookDispatcher.sent();
	}

	/** Webhook deliveries since the last reset that got no answer or one other than 2xx. */
	public long failedWebhookDeliveries() {
		return this.webhookDispatcher.failed();
	}

	/**
	 * Webhook deliveries queued or being sent now. Events are queued before the API call that caused them answers,
	 * so a test that waits for this to be 0 after its last call has seen every delivery that call caused (and can
	 * then assert that one did not happen).
	 */
	public int webhookDeliveriesPending() {
		return this.webhookDispatcher.pending();
	}

	/** The most recent token requests, oldest first (at most 200). */
	public List<TokenRequestRecord> recentTokenRequests() {
		synchronized (this.recentTokenRequests) {
			return List.copyOf(this.recentTokenRequests);
		}
	}

	/** Every access and refresh token value ever issued, resets included, so tests can scan logs for them. */
	public List<String> issuedTokens() {
		return this.grants.issuedTokens();
	}

	/** Every authorization code ever issued. */
	public List<String> issuedCodes() {
		return this.grants.issuedCodes();
	}

	/** The seeded people, then any generated ones; the first is preselected on the consent page. */
	public List<SimulatedPerson> users() {
		return this.seed.people();
	}

	/**
	 * Adds {@code count} generated people after those already there: "Test User 0001" with email
	 * {@code test.user.0001@example.com}, and so on, each in 20 spaces. They are computed when used, so thousands cost
	 * next to nothing, and they survive {@link #reset()}. At most 10,000 in all.
	 */
	public void addGeneratedPeople(int count) {
		this.seed.addGenerated(count);
	}

	/** Makes every refresh and access token of this person invalid ({@code invalid_grant} and 401 from now on). */
	public void revokeGrants(String personId) {
		this.grants.revokePerson(personId);
	}

	/** Every access token issued so far expires now; refresh tokens stay valid. */
	public void expireAllAccessTokens() {
		this.grants.expireAllAccessTokens();
	}

	/** Mints tokens for a seeded person without the browser flow; any registered client may refresh them. */
	public IssuedTokens issueTokensDirectly(String personId, Set<String> scopes) {
		return issue(null, personId, scopes);
	}

	/** Mints tokens bound to {@code clientId}, as if that integration had completed the code flow. */
	public IssuedTokens issueTokensDirectly(String clientId, String personId, Set<String> scopes) {
		return issue(Objects.requireNonNull(clientId, "clientId"), personId, scopes);
	}

	/** Whether the API would accept this access token now. */
	public boolean accessTokenActive(String accessToken) {
		return this.grants.authenticate(accessToken).isPresent();
	}

	/** Whether the token endpoint would accept this refresh token now (ignoring rotation rules). */
	public boolean refreshTokenActive(String refreshToken) {
		return this.grants.refreshTokenActive(refreshToken);
	}

	Clock clock() {
		return this.clock;
	}

	SeedData seed() {
		return this.seed;
	}

	RoomCatalog rooms() {
		return this.rooms;
	}

	MessageCatalog messages() {
		return this.messages;
	}

	WebhookCatalog webhooks() {
		return this.webhooks;
	}

	ClientRegistry clients() {
		return this.clients;
	}

	PendingConsents consents() {
		return this.consents;
	}

	GrantStore grants() {
		return this.grants;
	}

	/** The number of rooms a seeded person has now, honouring the override knob. */
	int roomCount(int person) {
		return this.behavior.roomCount(this.seed.person(person).id()).orElse(this.seed.person(person).roomCount());
	}

	void countTokenRequest(@Nullable String grantType) {
		this.tokenRequests.incrementAndGet();
		if (grantType != null) {
			this.tokenRequestsByGrant.computeIfAbsent(grantType, (key) -> new AtomicLong()).incrementAndGet();
		}
	}

	/** Marks a token request as started; every call must be paired with {@link #tokenRequestFinished()}. */
	void tokenRequestStarted() {
		int now = this.tokenRequestsInFlight.incrementAndGet();
		this.maxTokenRequestsInFlight.accumulateAndGet(now, Math::max);
	}

	void tokenRequestFinished() {
		this.tokenRequestsInFlight.decrementAndGet();
	}

	long countApiRequest() {
		return this.apiRequests.incrementAndGet();
	}

	void recordTokenRequest(TokenRequestRecord record) {
		synchronized (this.recentTokenRequests) {
			this.recentTokenRequests.addLast(record);
			while (this.recentTokenRequests.size() > RECENT_LIMIT) {
				this.recentTokenRequests.removeFirst();
			}
		}
	}

	/**
	 * Tells the webhooks of the room's owner (the person whose copy of the space it is) that {@code message} was
	 * posted there: a {@code messages}/{@code created} event whose data carries ids, never the text.
	 */
	void messageCreated(SimRoom room, SimMessage message) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", message.id());
		data.put("roomId", message.roomId());
		data.put("roomType", message.roomType());
		data.put("personId", message.personId());
		data.put("personEmail", message.personEmail());
		data.put("created", Json.timestamp(message.created()));
		String ownerId = this.seed.person(room.owner()).id();
		this.webhookDispatcher.dispatch(this.webhooks.list(ownerId), "messages", "created", message.personId(), data);
	}

	Instant now() {
		return this.clock.instant();
	}

	private IssuedTokens issue(@Nullable String clientId, String personId, Set<String> scopes) {
		if (this.seed.indexOf(personId).isEmpty()) {
			throw new IllegalArgumentException("Not a seeded person: " + personId);
		}
		return this.grants.issueDirectly(clientId, personId, List.copyOf(scopes), this.behavior);
	}

}
