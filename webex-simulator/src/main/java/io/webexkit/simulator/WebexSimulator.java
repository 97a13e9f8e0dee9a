package io.webexkit.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The simulated Webex's control surface for the host application and tests: registered clients, behaviour knobs,
 * counters, actions on grants, and the shared world its people live in (shared spaces, posts, members). Thread-safe.
 */
public final class WebexSimulator {

	private static final int RECENT_LIMIT = 200;

	/** What the API answers when asked to change a generated room. */
	static final String GENERATED_ROOM_UNCHANGEABLE = "The simulated Webex only changes spaces created through it "
			+ "or shared by its people";

	static final String DEMO_SPACE_TITLE = "Webex Kit Demo";

	/** Its id sorts before every generated room's, so it heads the default listing ({@code sortBy=id}). */
	private static final String DEMO_SPACE_ID = Ids.encode("ROOM",
			UUID.fromString("0000da7a-5eed-4d3e-9a1e-3c0de5ace001"));

	private static final List<String> DEMO_HISTORY = List.of("Welcome to the Webex Kit demo space!",
			"Thanks Alex. I'll post the **release notes** here once the build is green.",
			"Build 4812 is green, shipping to staging now.", "Staging looks good on my side.",
			"Great, let's demo it on Thursday.");

	private final Clock clock;

	private final SimulatorBehavior behavior = new SimulatorBehavior();

	private final SeedData seed;

	private final RoomCatalog rooms;

	private final MessageCatalog messages = new MessageCatalog();

	private final SharedSpaces sharedSpaces = new SharedSpaces();

	private final DirectSpaces directSpaces = new DirectSpaces();

	private final ContentStore contents = new ContentStore();

	private final TeamStore teams = new TeamStore();

	private final Directory directory = new Directory();

	private final EventLog events = new EventLog();

	private final Map<String, RoomTabsController.Tab> roomTabs = RoomTabsController.newStore();

	private final Map<String, Map<String, Object>> attachmentActions = new java.util.concurrent.ConcurrentHashMap<>();

	private final MessageRules messageRules = new MessageRules(this);

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
		seedSharedSpaces();
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
	 * Restores default knobs and the seeded world, and clears counters, pending consents, codes, grants and webhooks
	 * (their deliveries not yet sent are dropped): posted messages, created spaces and member changes are gone, and
	 * the {@linkplain #demoSpaceId() demo space} is back as it was seeded.
	 */
	public void reset() {
		this.behavior.restoreDefaults();
		resetStats();
		this.consents.clear();
		this.grants.clear();
		this.webhooks.clear();
		synchronized (this.sharedSpaces) {
			this.messages.clear();
			this.sharedSpaces.clear();
			this.directSpaces.clear();
			this.contents.clear();
			this.teams.clear();
			this.directory.clear();
			this.events.clear();
			this.roomTabs.clear();
			this.attachmentActions.clear();
			seedSharedSpaces();
		}
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

	/**
	 * Waits until every webhook delivery queued so far has been answered or has failed (see
	 * {@link #webhookDeliveriesPending()}), at most {@code timeout}.
	 *
	 * @return whether none is pending any more
	 * @throws IllegalStateException when interrupted
	 */
	public boolean awaitWebhookDeliveries(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (webhookDeliveriesPending() > 0) {
			if (System.nanoTime() - deadline > 0) {
				return false;
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for webhook deliveries", ex);
			}
		}
		return true;
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

	/**
	 * The id of the seeded shared space "Webex Kit Demo": a group space of Alex Rivera (its creator) and Sam Patel
	 * with a short history from both, the same room with the same id for both of them, first in their default and
	 * recent-activity listings. Jordan Lee is not in it. The same id after {@link #reset()}.
	 */
	public String demoSpaceId() {
		return DEMO_SPACE_ID;
	}

	/**
	 * Posts a Markdown message as a simulated person, as {@code POST /v1/messages} would for them: it is listed for
	 * every member of the space and a {@code messages}/{@code created} event goes to each member's webhooks.
	 * @param personIdOrEmail the author: a simulated person's id or email
	 * @param roomId a space the author sees (a shared space they are a member of, or one of their generated rooms)
	 * @param markdown the message, at most 7439 bytes of UTF-8
	 * @return the new message's id
	 * @throws IllegalArgumentException naming what is wrong: an unknown person, a space they do not see, a read-only
	 * space, an empty or too long message
	 */
	public String postMessage(String personIdOrEmail, String roomId, String markdown) {
		return fromJava(() -> {
			int author = personIndex(personIdOrEmail);
			SimRoom room = findRoom(author, roomId).orElseThrow(() -> new ApiException(404,
					this.seed.person(author).email() + " is not a member of the space " + roomId));
			MessagesController.checkContent(null, markdown);
			return post(this.seed.person(author), room, markdown, markdown).id();
		});
	}

	/**
	 * Creates a shared group space, as {@code POST /v1/rooms} would for its creator, then adds the members, as
	 * {@code POST /v1/memberships} would: a {@code rooms}/{@code created} event goes to the creator's webhooks and
	 * a {@code memberships}/{@code created} event for each member (the creator included) to every member's.
	 * @param title its title
	 * @param creatorIdOrEmail its creator and first member: a simulated person's id or email
	 * @param memberIdsOrEmails the other members, simulated people; repeats and the creator are skipped
	 * @return the new space's id
	 * @throws IllegalArgumentException for a blank title or a person who is not simulated (then nothing is created)
	 */
	public String createSpace(String title, String creatorIdOrEmail, String... memberIdsOrEmails) {
		return fromJava(() -> {
			SimulatedPerson creator = this.seed.person(personIndex(creatorIdOrEmail));
			Set<SimulatedPerson> members = new LinkedHashSet<>();
			for (String member : memberIdsOrEmails) {
				members.add(this.seed.person(personIndex(member)));
			}
			members.remove(creator);
			SimRoom space = createSharedSpace(creator, title);
			for (SimulatedPerson member : members) {
				addSharedMember(creator, space, member);
			}
			return space.id();
		});
	}

	/**
	 * Adds a simulated person to a shared space, as {@code POST /v1/memberships} by its creator would: a
	 * {@code memberships}/{@code created} event goes to every member's webhooks, the new member's included.
	 * @throws IllegalArgumentException for an unknown space or person, a generated room, or a person who is a member
	 * already
	 */
	public void addMember(String roomId, String personIdOrEmail) {
		fromJava(() -> {
			SimulatedPerson person = this.seed.person(personIndex(personIdOrEmail));
			SharedSpaces.SharedSpace space = existingSpace(roomId);
			return addSharedMember(this.seed.person(personIndex(space.creatorId())), space.room(), person);
		});
	}

	/**
	 * Removes a simulated person from a shared space, as {@code DELETE /v1/memberships/{id}} by its creator would: a
	 * {@code memberships}/{@code deleted} event goes to the webhooks of every member, the removed one included. They
	 * no longer see the space or its messages.
	 * @throws IllegalArgumentException for an unknown space or person, a generated room, or a person who is not a
	 * member
	 */
	public void removeMember(String roomId, String personIdOrEmail) {
		fromJava(() -> {
			SimulatedPerson person = this.seed.person(personIndex(personIdOrEmail));
			SharedSpaces.SharedSpace space = existingSpace(roomId);
			removeSharedMember(this.seed.person(personIndex(space.creatorId())), space.room(), person);
			return null;
		});
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

	SharedSpaces sharedSpaces() {
		return this.sharedSpaces;
	}

	DirectSpaces directSpaces() {
		return this.directSpaces;
	}

	MessageRules messageRules() {
		return this.messageRules;
	}

	Directory directory() {
		return this.directory;
	}

	Map<String, RoomTabsController.Tab> roomTabs() {
		return this.roomTabs;
	}

	/**
	 * A simulated person submits the card of a message, as Webex's clients do when they press its submit button:
	 * an attachment action is created and the card's author's {@code attachmentActions} webhooks are told.
	 * @param personIdOrEmail who submits: a simulated person who sees the message's space
	 * @param messageId a message with a card
	 * @param inputs what they entered, by input id (strings, as Webex sends them)
	 * @return the new attachment action's id
	 * @throws IllegalArgumentException for an unknown person or message, or a message without a card
	 */
	public String submitCard(String personIdOrEmail, String messageId, Map<String, String> inputs) {
		return fromJava(() -> {
			SimulatedPerson person = this.seed.person(personIndex(personIdOrEmail));
			return (String) submitCard(person, messageId, Json.read(new String(Json.write(inputs),
					java.nio.charset.StandardCharsets.UTF_8))).get("id");
		});
	}

	/** Creates the attachment action of a card submission by {@code person}; a 404 when they do not see the card. */
	Map<String, Object> submitCard(SimulatedPerson person, String messageId, tools.jackson.databind.JsonNode inputs) {
		MessageRules.Located located = this.messageRules.locate(personIndex(person.id()), messageId)
			.orElseThrow(() -> ApiException.notFound("Could not find a message with provided ID."));
		if (located.message().attachments().isEmpty()) {
			throw ApiException.badRequest("The message has no card to submit");
		}
		Map<String, Object> action = new LinkedHashMap<>();
		action.put("id", Ids.encode("ATTACHMENT_ACTION", UUID.randomUUID()));
		action.put("type", "submit");
		action.put("messageId", messageId);
		action.put("inputs", inputs);
		action.put("personId", person.id());
		action.put("roomId", located.room().id());
		action.put("created", Json.timestamp(now()));
		this.attachmentActions.put((String) action.get("id"), action);
		Map<String, Object> data = new LinkedHashMap<>(action);
		data.remove("inputs");
		dispatch(List.of(located.message().personId()), "attachmentActions", "created", person.id(), data);
		return action;
	}

	/** An attachment action, for its submitter or the card's author; a 404 for anyone else. */
	Map<String, Object> attachmentAction(SimulatedPerson reader, String actionId) {
		Map<String, Object> action = this.attachmentActions.get(actionId);
		if (action == null) {
			throw ApiException.notFound("The requested resource could not be found.");
		}
		boolean submitter = reader.id().equals(action.get("personId"));
		boolean author = this.messageRules.locate(personIndex(reader.id()), (String) action.get("messageId"))
			.map((found) -> found.message().personId().equals(reader.id()))
			.orElse(false);
		if (!submitter && !author) {
			throw ApiException.notFound("The requested resource could not be found.");
		}
		return action;
	}

	EventLog events() {
		return this.events;
	}

	TeamStore teams() {
		return this.teams;
	}

	ContentStore contents() {
		return this.contents;
	}

	/** Keeps a message's file in {@code room}, under scan for {@link SimulatorBehavior#fileScanDuration()}. */
	ContentStore.Content storeFile(SimRoom room, MessageAttachments.FileSource file) {
		try (var data = file.data().open()) {
			return this.contents.store(room.id(), file.name(), file.contentType(), data,
					now().plus(this.behavior.fileScanDuration()), this.behavior.takeFileVerdict());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The room with this id if {@code person} sees it: one of their generated rooms or a shared space they are in. */
	Optional<SimRoom> findRoom(int person, String roomId) {
		Optional<SimRoom> generated = this.rooms.find(person, roomCount(person), roomId);
		if (generated.isPresent()) {
			return generated;
		}
		String personId = this.seed.person(person).id();
		Optional<SimRoom> direct = this.directSpaces.find(personId, roomId);
		if (direct.isPresent()) {
			return direct;
		}
		return this.sharedSpaces.get(roomId).filter((space) -> space.member(personId).isPresent())
			.map((space) -> space.room(personId));
	}

	/** The shared spaces {@code person} is a member of now, oldest first, then the 1:1 spaces messages opened. */
	List<SimRoom> sharedRooms(int person) {
		String personId = this.seed.person(person).id();
		List<SimRoom> rooms = new ArrayList<>(this.sharedSpaces.of(personId)
			.stream()
			.map((space) -> space.room(personId))
			.toList());
		rooms.addAll(this.directSpaces.of(this.seed.person(person).id()));
		return rooms;
	}

	/**
	 * The simulated people who see {@code room}: every member of a shared space; the owner of a generated room, and
	 * for a 1:1 room of two of the cast the other one too when it is among their rooms.
	 */
	List<String> viewers(SimRoom room) {
		if (room.shared()) {
			return room.members().stream().map(SimMember::id).toList();
		}
		List<String> viewers = new ArrayList<>();
		viewers.add(this.seed.person(room.owner()).id());
		int peer = RoomCatalog.castPeer(room.owner(), room.index());
		if (peer >= 0 && roomCount(peer) > RoomCatalog.castPosition(peer, room.owner())) {
			viewers.add(this.seed.person(peer).id());
		}
		return viewers;
	}

	/** The index of the simulated person with this id or email; a 404 when there is none. */
	int personIndex(String personIdOrEmail) {
		OptionalInt index = this.seed.indexOf(personIdOrEmail);
		if (index.isEmpty()) {
			index = this.seed.indexOfEmail(personIdOrEmail);
		}
		return index.orElseThrow(() -> ApiException.notFound("No simulated person has the id or email "
				+ personIdOrEmail));
	}

	/**
	 * Posts a message in a room its author sees; a 403 for a read-only room. The space's members are told (see
	 * {@link #messageCreated}) and a shared space's last activity moves to the message.
	 */
	SimMessage post(SimulatedPerson author, SimRoom room, String text, @Nullable String markdown) {
		return this.messageRules.create(author, room, new MessageRules.Content(text, markdown), null, List.of(),
				List.of());
	}

	/**
	 * Tells the webhooks of everyone who sees the room (see {@link #viewers}) that {@code message} was posted there:
	 * a {@code messages}/{@code created} event whose data carries ids, never the text.
	 */
	void messageCreated(SimRoom room, SimMessage message) {
		dispatch(viewers(room), "messages", "created", message.personId(), MessageRules.data(message));
	}

	/** A new shared group space whose creator is its first member; a {@code rooms}/{@code created} event for them. */
	SimRoom createSharedSpace(SimulatedPerson creator, String title) {
		return createSharedSpace(creator, title, false, null);
	}

	/**
	 * A new shared group space whose creator is its first member (its moderator when {@code locked}), in a team when
	 * {@code teamId} is set (the creator must be one of the team); a {@code rooms}/{@code created} event for them.
	 */
	SimRoom createSharedSpace(SimulatedPerson creator, String title, boolean locked, @Nullable String teamId) {
		String checked = title(title);
		Instant now = now();
		if (teamId != null) {
			this.teams.team(teamId)
				.filter((team) -> team.member(creator.id()).isPresent())
				.orElseThrow(() -> ApiException.notFound("Could not find a team with provided ID."));
		}
		SharedSpaces.SharedSpace space = this.sharedSpaces
			.add(new SharedSpaces.SharedSpace(Ids.encode("ROOM", UUID.randomUUID()), checked, creator.id(), now, now,
					List.of(new SharedSpaces.Member(SimMember.of(creator), now, locked, false)), locked, false,
					teamId));
		SimRoom room = space.room(creator.id());
		dispatch(List.of(creator.id()), "rooms", "created", creator.id(), roomData(room));
		membershipEvent("created", room, space.members().get(0), creator.id(), List.of(creator.id()));
		return room;
	}

	/** Renames a shared space {@code actor} is a member of; a {@code rooms}/{@code updated} event for its members. */
	SimRoom renameSharedSpace(SimulatedPerson actor, String roomId, String title) {
		return updateSharedSpace(actor, roomId, title, null, null);
	}

	/**
	 * Changes a shared space {@code actor} moderates (any member of an unmoderated one): its title, whether it is
	 * moderated (locking makes the actor a moderator) and announcement mode (only in a moderated space); a
	 * {@code rooms}/{@code updated} event for its members.
	 */
	SimRoom updateSharedSpace(SimulatedPerson actor, String roomId, @Nullable String title, @Nullable Boolean locked,
			@Nullable Boolean readOnly) {
		String checked = (title != null) ? title(title) : null;
		SimRoom room = sharedSpace(actor, roomId);
		SharedSpaces.SharedSpace changed = this.sharedSpaces.update(room.id(), (space) -> {
			if (!space.moderates(actor.id())) {
				throw new ApiException(403, "Only a moderator can change a moderated space");
			}
			boolean nowLocked = (locked != null) ? locked : space.locked();
			boolean nowReadOnly = (readOnly != null) ? readOnly : space.readOnly() && nowLocked;
			if (nowReadOnly && !nowLocked) {
				throw ApiException.badRequest("Only a moderated space (isLocked) can be announcement-only");
			}
			SharedSpaces.SharedSpace next = space.settings(nowLocked, nowReadOnly);
			if (nowLocked && !space.locked()) {
				SharedSpaces.Member member = next.member(actor.id()).orElseThrow();
				next = next.replacing(new SharedSpaces.Member(member.person(), member.joined(), true, member.hidden()));
			}
			return (checked != null) ? next.titled(checked) : next;
		}).orElseThrow(WebexSimulator::notFound);
		SimRoom updated = changed.room(actor.id());
		dispatch(viewers(updated), "rooms", "updated", actor.id(), roomData(updated));
		return updated;
	}

	/**
	 * Deletes a shared space: any member of an unmoderated one, a moderator of a moderated one (a 403 for others).
	 * Its messages go with it; a {@code rooms}/{@code deleted} event for everyone who was in it.
	 */
	void deleteSharedSpace(SimulatedPerson actor, String roomId) {
		SimRoom room = sharedSpace(actor, roomId);
		if (room.direct()) {
			throw new ApiException(403, "A 1:1 space cannot be deleted");
		}
		SharedSpaces.SharedSpace space = this.sharedSpaces.get(room.id()).orElseThrow(WebexSimulator::notFound);
		if (!space.moderates(actor.id())) {
			throw new ApiException(403, "Only a moderator can delete a moderated space");
		}
		deleteTeamSpace(actor, room);
	}

	/** Deletes a shared space with its messages, as a team's deletion does; a {@code rooms}/{@code deleted} event. */
	void deleteTeamSpace(SimulatedPerson actor, SimRoom room) {
		List<String> viewers = viewers(room);
		this.sharedSpaces.remove(room.id());
		this.messages.removeRoom(room.id());
		dispatch(viewers, "rooms", "deleted", actor.id(), roomData(room));
	}

	/**
	 * Adds {@code person} to a shared space (see {@link #sharedSpace}) on behalf of {@code actor}; a 409 when they are one already. A
	 * {@code memberships}/{@code created} event goes to every member, the new one included.
	 * @return the new membership as the API shows it
	 */
	Map<String, Object> addSharedMember(SimulatedPerson actor, SimRoom room, SimulatedPerson person) {
		return addSharedMember(actor, room, person, false);
	}

	/**
	 * As {@link #addSharedMember(SimulatedPerson, SimRoom, SimulatedPerson)}, by a moderator of a moderated space;
	 * {@code moderator} makes the new member one (and an unmoderated space moderated, by the actor and them).
	 */
	Map<String, Object> addSharedMember(SimulatedPerson actor, SimRoom room, SimulatedPerson person,
			boolean moderator) {
		if (room.direct()) {
			throw new ApiException(403, "A 1:1 space has its two members only");
		}
		SharedSpaces.Member member = new SharedSpaces.Member(SimMember.of(person), now(), moderator, false);
		SharedSpaces.SharedSpace space = this.sharedSpaces.update(room.id(), (current) -> {
			if (current.member(person.id()).isPresent()) {
				throw new ApiException(409, person.displayName() + " is already a member of this space");
			}
			if (!current.moderates(actor.id())) {
				throw new ApiException(403, "Only a moderator can add people to a moderated space");
			}
			SharedSpaces.SharedSpace next = current.with(member);
			if (moderator && !current.locked()) {
				next = next.settings(true, false);
				Optional<SharedSpaces.Member> byActor = next.member(actor.id());
				if (byActor.isPresent()) {
					SharedSpaces.Member own = byActor.get();
					next = next.replacing(new SharedSpaces.Member(own.person(), own.joined(), true, own.hidden()));
				}
			}
			return next;
		}).orElseThrow(() -> notFound());
		SimRoom changed = space.room(actor.id());
		membershipEvent("created", changed, member, actor.id(), viewers(changed));
		return MembershipsController.membership(changed, member, true);
	}

	/**
	 * Changes a membership of a shared space: {@code moderator} by a moderator (the space becomes moderated),
	 * {@code hidden} by the member themselves; a {@code memberships}/{@code updated} event for every member.
	 */
	Map<String, Object> updateSharedMember(SimulatedPerson actor, SimRoom room, String personId,
			@Nullable Boolean moderator, @Nullable Boolean hidden) {
		SharedSpaces.Member[] changed = new SharedSpaces.Member[1];
		SharedSpaces.SharedSpace space = this.sharedSpaces.update(room.id(), (current) -> {
			SharedSpaces.Member member = current.member(personId)
				.orElseThrow(() -> ApiException.notFound("The requested resource could not be found."));
			if (hidden != null && hidden != member.hidden() && !personId.equals(actor.id())) {
				throw new ApiException(403, "Only the member can hide a space from their own list");
			}
			SharedSpaces.SharedSpace next = current;
			boolean nowModerator = member.moderator();
			if (moderator != null && moderator != member.moderator()) {
				if (!current.moderates(actor.id())) {
					throw new ApiException(403, "Only a moderator can change who moderates a space");
				}
				nowModerator = moderator;
				if (moderator && !current.locked()) {
					next = next.settings(true, false);
				}
			}
			changed[0] = new SharedSpaces.Member(member.person(), member.joined(), nowModerator,
					(hidden != null) ? hidden : member.hidden());
			return next.replacing(changed[0]);
		}).orElseThrow(() -> notFound());
		SimRoom updated = space.room(actor.id());
		membershipEvent("updated", updated, changed[0], actor.id(), viewers(updated));
		return MembershipsController.membership(updated, changed[0], true);
	}

	/**
	 * Removes {@code person} from a shared space (see {@link #sharedSpace}) on behalf of {@code actor}; a 404 when they are not one. A
	 * {@code memberships}/{@code deleted} event goes to every member it had, the removed one included.
	 */
	void removeSharedMember(SimulatedPerson actor, SimRoom room, SimulatedPerson person) {
		SharedSpaces.Member[] removed = new SharedSpaces.Member[1];
		this.sharedSpaces.update(room.id(), (current) -> {
			removed[0] = current.member(person.id())
				.orElseThrow(() -> ApiException.notFound("The requested resource could not be found."));
			if (!person.id().equals(actor.id()) && !current.moderates(actor.id())) {
				throw new ApiException(403, "Only a moderator can remove people from a moderated space");
			}
			return current.without(person.id());
		}).orElseThrow(() -> notFound());
		membershipEvent("deleted", room, removed[0], actor.id(), viewers(room));
	}

	Instant now() {
		return this.clock.instant();
	}

	/** A shared space {@code actor} sees: a 404 when they see no room with that id, a 403 for a generated room. */
	SimRoom sharedSpace(SimulatedPerson actor, String roomId) {
		SimRoom room = findRoom(personIndex(actor.id()), roomId).orElseThrow(WebexSimulator::notFound);
		if (!room.shared()) {
			throw new ApiException(403, GENERATED_ROOM_UNCHANGEABLE);
		}
		return room;
	}

	/** A shared space by id, whoever is in it; a 404 naming the id when there is none. */
	private SharedSpaces.SharedSpace existingSpace(String roomId) {
		return this.sharedSpaces.get(roomId)
			.orElseThrow(() -> ApiException.notFound("No shared space has the id " + roomId
					+ " (the simulated Webex changes only spaces created through it or shared by its people)"));
	}

	private void membershipEvent(String event, SimRoom room, SharedSpaces.Member member, String actorId,
			List<String> to) {
		Map<String, Object> data = MembershipsController.membership(room, member, false);
		dispatch(to, "memberships", event, actorId, data);
	}

	void dispatch(List<String> personIds, String resource, String event, String actorId,
			Map<String, Object> data) {
		this.events.record(resource, event, actorId, data, now());
		for (String personId : personIds) {
			this.webhookDispatcher.dispatch(this.webhooks.list(personId), resource, event, actorId, data);
		}
	}

	static Map<String, Object> roomData(SimRoom room) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("id", room.id());
		data.put("title", room.title());
		data.put("type", room.type());
		data.put("isLocked", room.locked());
		data.put("lastActivity", Json.timestamp(room.lastActivity()));
		data.put("creatorId", room.creatorId());
		data.put("created", Json.timestamp(room.created()));
		data.put("ownerId", room.ownerId());
		return data;
	}

	private static String title(@Nullable String title) {
		if (title == null || title.isBlank()) {
			throw ApiException.badRequest("title is required");
		}
		return title;
	}

	private static ApiException notFound() {
		return ApiException.notFound("Could not find a room with provided ID.");
	}

	/** Runs a world change for the Java API: the API's refusals become {@link IllegalArgumentException}s. */
	private static <T> T fromJava(Supplier<T> change) {
		try {
			return change.get();
		}
		catch (ApiException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/** The demo space of Alex and Sam, with its history posted before the anchor; no events. */
	private void seedSharedSpaces() {
		SimulatedPerson alex = this.seed.person(0);
		SimulatedPerson sam = this.seed.person(1);
		Instant created = this.seed.anchor().minus(Duration.ofDays(30));
		SharedSpaces.SharedSpace space = this.sharedSpaces.add(new SharedSpaces.SharedSpace(DEMO_SPACE_ID,
				DEMO_SPACE_TITLE, alex.id(), created, created,
				List.of(new SharedSpaces.Member(SimMember.of(alex), created),
						new SharedSpaces.Member(SimMember.of(sam), created.plus(Duration.ofMinutes(2))))));
		SimRoom room = space.room();
		Instant last = created;
		for (int i = 0; i < DEMO_HISTORY.size(); i++) {
			SimMember author = room.members().get(i % 2);
			String line = DEMO_HISTORY.get(i);
			// generated rooms are last active before the anchor at the latest: the demo space heads "recent activity"
			last = this.seed.anchor().minus(Duration.ofMinutes(47L * (DEMO_HISTORY.size() - 1 - i)));
			boolean markdown = line.contains("**");
			this.messages.post(room, author, line, markdown ? line : null, last);
		}
		Instant lastActivity = last;
		this.sharedSpaces.update(DEMO_SPACE_ID, (current) -> current.active(lastActivity));
	}

	private IssuedTokens issue(@Nullable String clientId, String personId, Set<String> scopes) {
		if (this.seed.indexOf(personId).isEmpty()) {
			throw new IllegalArgumentException("Not a seeded person: " + personId);
		}
		return this.grants.issueDirectly(clientId, personId, List.copyOf(scopes), this.behavior);
	}

}
