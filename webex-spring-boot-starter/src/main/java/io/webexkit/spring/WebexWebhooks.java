package io.webexkit.spring;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.webexkit.client.WebexClient;
import io.webexkit.client.WebexNotFoundException;
import io.webexkit.client.model.Webhook;
import io.webexkit.client.model.WebhookRequest;
import io.webexkit.spring.WebexClients;
import io.webexkit.spring.webhooks.WebhookStore;

/**
 * Registers Webex webhooks for people who granted the app access, each with its own random signing secret (kept
 * encrypted, as tokens are) and its own target URL under {@code webex.webhooks.public-url}. Deliveries to those URLs
 * are checked and published as {@link WebexWebhookEvent}s.
 */
public class WebexWebhooks {

	private static final Logger log = LoggerFactory.getLogger(WebexWebhooks.class);

	private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

	private final WebhookStore store;

	private final WebexClients clients;

	private final String registrationId;

	private final String targetBase;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param store the registrations
	 * @param clients clients acting for a person
	 * @param registrationId the client registration the people's grants belong to
	 * @param publicUrl the app's public base URL
	 * @param path the receiver's path
	 */
	public WebexWebhooks(WebhookStore store, WebexClients clients, String registrationId, URI publicUrl, String path) {
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

	/** The person's registered webhooks, oldest first. */
	public List<WebhookRegistration> registrations(String personId) {
		return this.store.forPerson(personId);
	}

	private String randomValue(int bytes) {
		byte[] raw = new byte[bytes];
		this.random.nextBytes(raw);
		return URL_SAFE.encodeToString(raw);
	}

}
