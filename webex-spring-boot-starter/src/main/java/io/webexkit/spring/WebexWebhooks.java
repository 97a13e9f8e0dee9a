package io.webexkit.spring;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.model.Webhook;
import io.webexkit.client.model.WebhookRequest;
import io.webexkit.client.model.WebhookStatus;
import io.webexkit.client.model.WebhookUpdate;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.metrics.WebhookMetrics;
import io.webexkit.spring.webhooks.WebhookStore;

/**
 * Registers Webex webhooks for people who granted the app access, each with its own random signing secret (kept
 * encrypted, as tokens are) and its own target URL under {@code webex.webhooks.public-url}. Deliveries to those URLs
 * are checked and published as {@link WebexWebhookEvent}s.
 * <p>
 * Each connected person has the {@code webex.webhooks.subscriptions} registered: after their GRANT
 * ({@link #subscribe}), and kept so in the background ({@link #reconcile}): a webhook Webex lost is recreated, one
 * Webex turned off after failed deliveries is turned back on once it can stay on, and a missing one is registered.
 */
public class WebexWebhooks {

	private static final Logger log = LoggerFactory.getLogger(WebexWebhooks.class);

	private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

	private final WebhookStore store;

	private final WebexClients clients;

	private final String registrationId;

	private final String targetBase;

	private final SecureRandom random = new SecureRandom();

	private final List<WebhookSubscription> subscriptions;

	private final Clock clock;

	private final @Nullable WebhookMetrics metrics;

	/**
	 * How long after Webex turned a webhook off it can be turned back on: Webex turns one reactivated sooner off
	 * again on its next failure.
	 */
	public static final Duration REACTIVATION_DELAY = Duration.ofMinutes(5);

	/**
	 * @param store the registrations
	 * @param clients clients acting for a person
	 * @param registrationId the client registration the people's grants belong to
	 * @param publicUrl the app's public base URL
	 * @param path the receiver's path
	 */
	public WebexWebhooks(WebhookStore store, WebexClients clients, String registrationId, URI publicUrl, String path) {
		this(store, clients, registrationId, publicUrl, path, List.of(new WebhookSubscription("messages", "created",
				null)), Clock.systemUTC(), null);
	}

	/**
	 * @param store the registrations
	 * @param clients clients acting for a person
	 * @param registrationId the client registration the people's grants belong to
	 * @param publicUrl the app's public base URL
	 * @param path the receiver's path
	 * @param subscriptions the webhooks every connected person has registered
	 * @param clock when a webhook was seen inactive, and when it can be reactivated
	 * @param metrics counts what {@link #reconcile} did, if given
	 */
	public WebexWebhooks(WebhookStore store, WebexClients clients, String registrationId, URI publicUrl, String path,
			List<WebhookSubscription> subscriptions, Clock clock, @Nullable WebhookMetrics metrics) {
		this.subscriptions = List.copyOf(subscriptions);
		this.clock = clock;
		this.metrics = metrics;
		this.store = store;
		this.clients = clients;
		this.registrationId = registrationId;
		String base = publicUrl.toString();
		this.targetBase = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path + "/";
	}

	/**
	 * Creates a webhook at Webex with the person's grant, for {@code resource} and {@code event} (and
	 * {@code filter}, if any), and stores it. If Webex refuses it, nothing is stored and Webex's failure is thrown.
	 *
	 * @throws io.webexkit.spring.GrantRequiredException when the person has no usable grant
	 * @throws io.webexkit.client.WebexException when Webex refuses or cannot be reached
	 */
	public WebhookRegistration register(String personId, String resource, String event, @Nullable String filter) {
		String key = randomValue(16);
		String secret = randomValue(32);
		WebhookRegistration stored = this.store.insert(key, this.registrationId, personId, resource, event, filter,
				secret);
		Webhook created;
		try {
			WebhookRequest.Builder request = WebhookRequest
				.builder("webex-integration-kit " + resource + ":" + event, this.targetBase + key, resource, event)
				.secret(secret);
			if (filter != null) {
				request.filter(filter);
			}
			created = this.clients.forPerson(personId).webhooks().create(request.build());
		}
		catch (RuntimeException ex) {
			this.store.delete(key);
			throw ex;
		}
		this.store.setWebhookId(key, created.id());
		return new WebhookRegistration(key, stored.registrationId(), personId, created.id(), resource, event, filter,
				stored.createdAt());
	}

	/**
	 * Deletes the person's webhooks at Webex (one Webex no longer knows is fine) and here. A webhook Webex cannot
	 * delete right now stays registered here and the failure is thrown.
	 */
	public void unregister(String personId) {
		WebexClient client = this.clients.forPerson(personId);
		for (WebhookRegistration registration : this.store.forPerson(personId)) {
			String webhookId = registration.webhookId();
			if (webhookId != null) {
				try {
					client.webhooks().delete(webhookId);
				}
				catch (WebexNotFoundException ex) {
					log.debug("Webhook {} was already gone at Webex", webhookId);
				}
			}
			this.store.delete(registration.key());
		}
	}

	/**
	 * Registers the subscriptions the person has no webhook for yet; already registered ones are left alone. A
	 * failure at Webex is logged (without secrets or tokens) and left for {@link #reconcile} to retry.
	 *
	 * @return the registrations made
	 */
	public List<WebhookRegistration> subscribe(String personId) {
		List<WebhookRegistration> registered = this.store.forPerson(personId);
		List<WebhookRegistration> made = new ArrayList<>();
		for (WebhookSubscription subscription : this.subscriptions) {
			if (registered.stream().noneMatch(subscription::matches)) {
				try {
					made.add(register(personId, subscription.resource(), subscription.event(), subscription.filter()));
				}
				catch (RuntimeException ex) {
					log.warn("Could not register webhook {}:{} for person {}: {}; retried in the background",
							subscription.resource(), subscription.event(), personId, ex.getClass().getSimpleName());
				}
			}
		}
		return made;
	}

	/**
	 * Brings the person's webhooks at Webex in line with what is registered here: a webhook Webex no longer has is
	 * recreated (with a new target and secret), one Webex turned off is turned back on no earlier than
	 * {@link #REACTIVATION_DELAY} after it was first seen off, and a subscription without a webhook is registered.
	 *
	 * @throws io.webexkit.spring.GrantRequiredException when the person has no usable grant
	 * @throws io.webexkit.client.WebexException when Webex fails or cannot be reached
	 */
	public void reconcile(String personId) {
		WebexClient client = this.clients.forPerson(personId);
		for (WebhookRegistration registration : this.store.forPerson(personId)) {
			String webhookId = registration.webhookId();
			Webhook webhook = null;
			if (webhookId != null) {
				try {
					webhook = client.webhooks().get(webhookId);
				}
				catch (WebexNotFoundException ex) {
					log.debug("Webhook {} is gone at Webex", webhookId);
				}
			}
			if (webhook == null) {
				register(personId, registration.resource(), registration.event(), registration.filter());
				this.store.delete(registration.key());
				count("recreated");
			}
			else if (webhook.status() == WebhookStatus.INACTIVE) {
				Instant now = this.clock.instant();
				Instant since = this.store.markInactive(registration.key(), now);
				if (!now.isBefore(since.plus(REACTIVATION_DELAY))) {
					client.webhooks()
						.update(webhookId, WebhookUpdate.builder(webhook).status(WebhookStatus.ACTIVE).build());
					this.store.clearInactive(registration.key());
					count("reactivated");
				}
			}
			else {
				this.store.clearInactive(registration.key());
			}
		}
		List<WebhookRegistration> registered = this.store.forPerson(personId);
		for (WebhookSubscription subscription : this.subscriptions) {
			if (registered.stream().noneMatch(subscription::matches)) {
				register(personId, subscription.resource(), subscription.event(), subscription.filter());
				count("registered");
			}
		}
	}

	/**
	 * Forgets the person's webhooks, for a grant that is going away: each is deleted at Webex while the person's
	 * grant still allows it (any failure there is only logged), and here in any case.
	 */
	public void forget(String personId) {
		for (WebhookRegistration registration : this.store.forPerson(personId)) {
			String webhookId = registration.webhookId();
			if (webhookId != null) {
				try {
					this.clients.forPerson(personId).webhooks().delete(webhookId);
				}
				catch (WebexNotFoundException ex) {
					log.debug("Webhook {} was already gone at Webex", webhookId);
				}
				catch (RuntimeException ex) {
					log.info("Webhook {} of person {} could not be deleted at Webex ({}); forgotten here",
							webhookId, personId, ex.getClass().getSimpleName());
				}
			}
			this.store.delete(registration.key());
		}
	}

	/** Deletes the registrations of people who no longer have a grant here; returns how many. */
	public int forgetDisconnected() {
		return this.store.deleteWithoutGrant(this.registrationId);
	}

	/** The person's registered webhooks, oldest first. */
	public List<WebhookRegistration> registrations(String personId) {
		return this.store.forPerson(personId);
	}

	private void count(String action) {
		if (this.metrics != null) {
			this.metrics.reconciled(action);
		}
	}

	private String randomValue(int bytes) {
		byte[] raw = new byte[bytes];
		this.random.nextBytes(raw);
		return URL_SAFE.encodeToString(raw);
	}

}
